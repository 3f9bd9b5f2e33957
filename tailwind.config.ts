import type { Config } from 'tailwindcss';

// Loaded by src/index.css through `@config`, so the build really uses it.
export default {
  content: ['./index.html', './src/**/*.{ts,tsx}'],
  theme: {
    extend: {
      colors: {
        brand: {
          50: '#eef5ff',
          100: '#d9e8ff',
          600: '#2356d8',
          700: '#1b44b0',
          900: '#142a66',
        },
      },
      fontFamily: {
        sans: ['system-ui', '-apple-system', '"Segoe UI"', 'Roboto', 'sans-serif'],
      },
    },
  },
} satisfies Config;
