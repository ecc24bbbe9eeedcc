import './style.css';
import { mountApp } from './ui/app';

const root = document.querySelector<HTMLElement>('#app');
if (root) {
  mountApp(root).catch((e: unknown) => {
    root.textContent = `Interleave could not start: ${e instanceof Error ? e.message : String(e)}`;
  });
}
