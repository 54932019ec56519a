// Settings page (filled in by the settings work).
export function App() {
  return <main />;
}
