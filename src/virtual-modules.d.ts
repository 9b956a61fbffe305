declare module 'virtual:prerendered' {
  const prerendered: import('./db/prerendered').Prerendered;
  export default prerendered;
}
