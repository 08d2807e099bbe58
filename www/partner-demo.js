// The iframe needs the host's origin to send its height to (embed.html?host=…).
const frame = document.querySelector('iframe[data-rehabkollen]');
frame.src = new URL(`embed.html?host=${encodeURIComponent(location.origin)}`, import.meta.url).href;

// What a partner's page gets from the component: the result in short, never the answers.
const VERDICT = { eligible: 'kan beviljas', not_eligible: 'beviljas inte', undetermined: 'behöver fler svar' };
const NAME = { afa_rehabiliteringsstod: 'AFA', fk_arbetsplatsinriktat: 'Försäkringskassan', fk_samordning: 'Samordning', rehabiliteringsgarantin: 'Rehabiliteringsgarantin' };
document.addEventListener('rehabkollen:result', (e) => {
  document.querySelector('.demo-summary').textContent = e.detail.summary.schemes.map((s) => `${NAME[s.id] ?? s.id}: ${VERDICT[s.verdict]}`).join(' · ');
});
