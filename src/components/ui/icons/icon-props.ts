// lucide's icons for what a page draws (the boot script's paint has its own, first-screen-icons),
// without the icon library: lucide's runtime and every icon the app uses elsewhere would
// otherwise load with the page. One module each, imported as such: an icon only a lazy panel
// draws loads with that panel, not with every page.

export type IconProps = { className?: string };
