// Mouse, touch and keyboard on the timeline's canvas: ctrl+wheel (or a trackpad pinch) zooms about
// the pointer, wheel scrolls the lanes, shift+wheel and sideways wheels pan; a drag pans and
// scrolls, two fingers pinch-zoom; a click without a drag picks; keys: + and - zoom, shift+←/→
// pan, ↑/↓ scroll the lanes, shift+Home/End show the start and the end, f fits the whole trace.
// Plain ←/→ and Home/End are left to the page (the shell steps the cursor with them; the view
// follows the cursor).

export interface Navigation {
  zoomBy(factor: number, atX?: number): void;
  panBy(dx: number): void;
  scrollBy(dy: number): void;
  fit(): void;
  home(): void;
  end(): void;
  click(x: number, y: number): void;
  hover(x: number, y: number): void;
  leave(): void;
}

const CLICK_SLOP = 4;
const KEY_ZOOM = 1.5;

export function attachInput(canvas: HTMLCanvasElement, nav: Navigation): () => void {
  const pointers = new Map<number, { x: number; y: number }>();
  let moved = 0;
  let pinch = 0;
  const local = (e: { clientX: number; clientY: number }): { x: number; y: number } => {
    const r = canvas.getBoundingClientRect();
    return { x: e.clientX - r.left, y: e.clientY - r.top };
  };
  const distance = (): number => {
    const [a, b] = [...pointers.values()];
    return a && b ? Math.hypot(a.x - b.x, a.y - b.y) : 0;
  };

  const wheel = (e: WheelEvent): void => {
    e.preventDefault();
    const unit = e.deltaMode === 1 ? 16 : e.deltaMode === 2 ? canvas.clientHeight : 1;
    const dx = e.deltaX * unit;
    const dy = e.deltaY * unit;
    const p = local(e);
    if (e.ctrlKey || e.metaKey) nav.zoomBy(Math.exp(-dy * 0.01), p.x);
    else if (e.shiftKey) nav.panBy(-(dy || dx));
    else if (Math.abs(dx) > Math.abs(dy)) nav.panBy(-dx);
    else nav.scrollBy(dy);
  };
  const down = (e: PointerEvent): void => {
    canvas.setPointerCapture(e.pointerId);
    pointers.set(e.pointerId, local(e));
    moved = 0;
    pinch = distance();
  };
  const move = (e: PointerEvent): void => {
    const p = local(e);
    const prev = pointers.get(e.pointerId);
    if (!prev) {
      if (e.pointerType === 'mouse') nav.hover(p.x, p.y);
      return;
    }
    pointers.set(e.pointerId, p);
    if (pointers.size >= 2) {
      const d = distance();
      const [a, b] = [...pointers.values()];
      if (pinch > 0 && d > 0 && a && b) nav.zoomBy(d / pinch, (a.x + b.x) / 2);
      pinch = d;
      moved += CLICK_SLOP + 1;
      return;
    }
    const dx = p.x - prev.x;
    const dy = p.y - prev.y;
    moved += Math.abs(dx) + Math.abs(dy);
    if (moved > CLICK_SLOP) {
      if (dx !== 0) nav.panBy(dx);
      if (dy !== 0) nav.scrollBy(-dy);
    }
  };
  const up = (e: PointerEvent): void => {
    const p = pointers.get(e.pointerId);
    pointers.delete(e.pointerId);
    pinch = distance();
    if (p && pointers.size === 0 && moved <= CLICK_SLOP && e.type === 'pointerup') nav.click(p.x, p.y);
  };
  const leave = (): void => nav.leave();
  const key = (e: KeyboardEvent): void => {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    const step = canvas.clientWidth / 8;
    const plain: Record<string, () => void> = {
      '+': () => nav.zoomBy(KEY_ZOOM),
      '=': () => nav.zoomBy(KEY_ZOOM),
      '-': () => nav.zoomBy(1 / KEY_ZOOM),
      _: () => nav.zoomBy(1 / KEY_ZOOM),
      ArrowUp: () => nav.scrollBy(-40),
      ArrowDown: () => nav.scrollBy(40),
      f: () => nav.fit(),
      F: () => nav.fit(),
    };
    const shifted: Record<string, () => void> = {
      ArrowLeft: () => nav.panBy(step),
      ArrowRight: () => nav.panBy(-step),
      Home: () => nav.home(),
      End: () => nav.end(),
    };
    const action = (e.shiftKey ? shifted[e.key] : undefined) ?? plain[e.key];
    if (!action) return;
    e.preventDefault();
    action();
  };
  canvas.addEventListener('wheel', wheel, { passive: false });
  canvas.addEventListener('pointerdown', down);
  canvas.addEventListener('pointermove', move);
  canvas.addEventListener('pointerup', up);
  canvas.addEventListener('pointercancel', up);
  canvas.addEventListener('pointerleave', leave);
  canvas.addEventListener('keydown', key);
  return () => {
    canvas.removeEventListener('wheel', wheel);
    canvas.removeEventListener('pointerdown', down);
    canvas.removeEventListener('pointermove', move);
    canvas.removeEventListener('pointerup', up);
    canvas.removeEventListener('pointercancel', up);
    canvas.removeEventListener('pointerleave', leave);
    canvas.removeEventListener('keydown', key);
  };
}
