// Light or dark (the system's preference until the user picks), and the presenter's large font.
// Both live as attributes on <html> that style.css reads, and are remembered in localStorage.

export type Theme = 'light' | 'dark';

export class Appearance {
  private listeners: (() => void)[] = [];

  constructor(private readonly root: HTMLElement = document.documentElement) {
    const saved = localStorage.getItem('interleave.theme');
    const system = window.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
    this.root.dataset.theme = saved === 'light' || saved === 'dark' ? saved : system;
    this.root.dataset.large = localStorage.getItem('interleave.large') === 'true' ? 'true' : 'false';
  }

  get theme(): Theme {
    return this.root.dataset.theme === 'dark' ? 'dark' : 'light';
  }

  get large(): boolean {
    return this.root.dataset.large === 'true';
  }

  onChange(cb: () => void): void {
    this.listeners.push(cb);
  }

  toggleTheme(): void {
    this.root.dataset.theme = this.theme === 'dark' ? 'light' : 'dark';
    localStorage.setItem('interleave.theme', this.theme);
    this.listeners.forEach((l) => l());
  }

  toggleLarge(): void {
    this.root.dataset.large = this.large ? 'false' : 'true';
    localStorage.setItem('interleave.large', String(this.large));
    this.listeners.forEach((l) => l());
  }
}
