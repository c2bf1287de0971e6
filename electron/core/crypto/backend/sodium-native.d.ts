/** sodium-native ships no types: its API is described by SodiumNative (sodium-native-api.ts). */
declare module 'sodium-native' {
  const sodium: unknown;
  export default sodium;
}
