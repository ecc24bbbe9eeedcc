// The one animation-frame scheduler of a view: anything that changes what is shown asks for a
// frame; many asks before the next animation frame give one draw.

export class FrameScheduler {
  private pending = 0;

  constructor(private readonly draw: () => void) {}

  request(): void {
    if (this.pending !== 0) return;
    this.pending = requestAnimationFrame(() => {
      this.pending = 0;
      this.draw();
    });
  }

  cancel(): void {
    if (this.pending !== 0) cancelAnimationFrame(this.pending);
    this.pending = 0;
  }
}
