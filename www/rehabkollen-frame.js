// For partners who embed Rehabkollen as an iframe from Rehabkollen's own origin:
//   <iframe data-rehabkollen src="https://rehabkollen.example/embed.html?host=https://partner.example">
// Sizes each such iframe to its content (growing and shrinking), and tells it which part of it
// the window shows, so its result line stays in view while the page scrolls. When the content
// shrinks so far that the frame is left above the window, the frame's top is scrolled into view. Messages are
// taken only from that iframe's own window and origin, and sent only to that origin.
// No jump on the host: an iframe's `height` attribute (in pixels) is its reservation. Until the
// user first clicks or types in it, the frame keeps that height, and grows past it only when the
// reserved box already reaches below the window (nothing in view moves); meanwhile what does not
// fit scrolls inside the frame. After that it follows its content both ways. Without a `height`
// attribute it follows its content from the start.
const frames = () => [...document.querySelectorAll('iframe[data-rehabkollen]')];
const originOf = (frame) => {
  try {
    const origin = new URL(frame.src, location.href).origin;
    return origin === 'null' ? null : origin;
  } catch {
    return null;
  }
};

function tellViewport(frame) {
  const origin = originOf(frame);
  if (!origin || !frame.contentWindow) return;
  // The window's top in the frame's coordinates (negative while the frame starts lower down), and its height.
  const top = Math.round(-frame.getBoundingClientRect().top);
  frame.contentWindow.postMessage({ type: 'rehabkollen:viewport', top, height: window.innerHeight }, origin);
}

let queued = false;
const tellAll = () => {
  if (queued) return;
  queued = true;
  requestAnimationFrame(() => {
    queued = false;
    frames().forEach(tellViewport);
  });
};
window.addEventListener('scroll', tellAll, { passive: true });
window.addEventListener('resize', tellAll);

/** The content's last told height, and whether the user has acted in the frame, per frame. */
const told = new WeakMap();
const settled = new WeakSet();
const reservation = (frame) => (settled.has(frame) ? 0 : Number(frame.getAttribute('height')) || 0);

function place(frame) {
  const height = told.get(frame);
  if (height === undefined) return;
  const reserved = reservation(frame);
  if (reserved && (height <= reserved || frame.getBoundingClientRect().top + reserved < window.innerHeight)) return;
  frame.style.height = `${Math.ceil(height)}px`;
  if (frame.getBoundingClientRect().bottom < 0) frame.scrollIntoView({ block: 'start' });
  tellViewport(frame);
}

window.addEventListener('message', (event) => {
  const frame = frames().find((f) => f.contentWindow === event.source);
  if (!frame || event.origin !== originOf(frame)) return;
  const { type, height } = event.data || {};
  if (type === 'rehabkollen:input') {
    settled.add(frame);
    place(frame);
    return;
  }
  if (type !== 'rehabkollen:height' || !Number.isFinite(height) || height < 0 || height > 100000) return;
  told.set(frame, height);
  place(frame);
});
