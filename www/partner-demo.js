// The iframe needs the host's origin to send its height to (embed.html?host=…).
const frame = document.querySelector('iframe[data-rehabkollen]');
frame.src = new URL(`embed.html?host=${encodeURIComponent(location.origin)}`, import.meta.url).href;
