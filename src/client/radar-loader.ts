// Loads Chart.js only when a radar chart comes near the viewport; the static picture shows until then.

/** Watches every `canvas[data-radar]` and draws it with Chart.js once it is within 300 px of view. */
export function watchRadars(): void {
  const canvases = document.querySelectorAll<HTMLCanvasElement>('canvas[data-radar]');
  if (canvases.length === 0) return;
  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        observer.unobserve(entry.target);
        const canvas = entry.target as HTMLCanvasElement;
        void import('./radar-chart').then(({ drawRadar }) => drawRadar(canvas));
      }
    },
    { rootMargin: '300px 0px' },
  );
  // The static picture is already on screen: Chart.js waits until the page has loaded and is idle,
  // so it never delays the first paint.
  const start = () => canvases.forEach((canvas) => observer.observe(canvas));
  const idle = () => ('requestIdleCallback' in window ? requestIdleCallback(start, { timeout: 2000 }) : setTimeout(start, 200));
  if (document.readyState === 'complete') idle();
  else window.addEventListener('load', idle, { once: true });
}
