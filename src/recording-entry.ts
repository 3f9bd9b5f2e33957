// The recording page's code: the boot entry fetches it beside the app's on a recording URL, and
// src/app/routes/recording-loader.tsx takes it from there.
export { RecordingRoute } from './app/routes/recording';
export { primeRecordingCache } from './app/routes/recording-prime';
