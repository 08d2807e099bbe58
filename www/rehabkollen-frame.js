// For partners who embed Rehabkollen as an iframe: resizes every
//   <iframe data-rehabkollen src="https://rehabkollen.example/embed.html?host=https://partner.example">
// to its content's height. Only messages from that iframe's own window and origin are used.
const frames = () => [...document.querySelectorAll('iframe[data-rehabkollen]')];

window.addEventListener('message', (event) => {
  const frame = frames().find((f) => f.contentWindow === event.source);
  if (!frame || event.origin !== new URL(frame.src, location.href).origin) return;
  const { type, height } = event.data || {};
  if (type !== 'rehabkollen:height' || !Number.isFinite(height) || height < 0 || height > 100000) return;
  frame.style.height = `${Math.ceil(height)}px`;
});
