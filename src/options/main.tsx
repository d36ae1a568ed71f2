import { render } from 'preact';

function App() {
  return <main>Rebound</main>;
}

render(<App />, document.getElementById('app')!);
