import './style.css';
import { ApiClient, describeEnding, type RunResponse } from './api';

const DEFAULT_PROGRAM = `import threading

counter = 0
lock = threading.Lock()

def work(n):
    global counter
    for _ in range(n):
        with lock:
            counter += 1

threads = [threading.Thread(target=work, args=(1000,)) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("counter =", counter)
`;

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<HTMLElementTagNameMap[K]> = {},
  children: (Node | string)[] = [],
): HTMLElementTagNameMap[K] {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

function showResult(output: HTMLPreElement, result: RunResponse): void {
  const status = element('span', { className: 'status', textContent: describeEnding(result) });
  output.replaceChildren(
    element('span', { className: 'stdout', textContent: result.stdout }),
    element('span', { className: 'stderr', textContent: result.stderr }),
    status,
  );
}

function showError(output: HTMLPreElement, error: unknown): void {
  const message = error instanceof Error ? error.message : String(error);
  output.replaceChildren(element('span', { className: 'stderr', textContent: `error: ${message}` }));
}

function mount(root: HTMLElement, api: ApiClient): void {
  const version = element('span', { className: 'version' });
  const source = element('textarea', { className: 'source', value: DEFAULT_PROGRAM, spellcheck: false });
  const seed = element('input', { type: 'number', value: '0', min: '0', className: 'seed' });
  const cores = element('input', { type: 'number', value: '4', min: '1', max: '64', className: 'cores' });
  const run = element('button', { type: 'button', textContent: 'Run' });
  const output = element('pre', { className: 'output' });

  root.replaceChildren(
    element('header', {}, [element('h1', { textContent: 'Interleave' }), version]),
    element('main', {}, [
      source,
      element('div', { className: 'controls' }, [
        element('label', {}, ['seed ', seed]),
        element('label', {}, ['cores ', cores]),
        run,
      ]),
      output,
    ]),
  );

  api.version().then(
    (info) => (version.textContent = `v${info.version}`),
    () => (version.textContent = 'server unreachable'),
  );

  run.addEventListener('click', async () => {
    run.disabled = true;
    output.textContent = 'running…';
    try {
      const result = await api.run({
        source: source.value,
        seed: Number.parseInt(seed.value, 10) || 0,
        cores: Number.parseInt(cores.value, 10) || 1,
      });
      showResult(output, result);
    } catch (error) {
      showError(output, error);
    } finally {
      run.disabled = false;
    }
  });
}

const root = document.querySelector<HTMLElement>('#app');
if (root) mount(root, new ApiClient());
