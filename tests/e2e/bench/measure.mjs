// Shared by the bench scripts: how long from clicking "Ja" until the question page shows it, read from the
// progress bar's value (the page has no live score: that would steer the answers).
export async function answerToRender(page) {
  return page.evaluate(async () => {
    const bar = document.querySelector('progress');
    const before = bar.getAttribute('value');
    const changed = new Promise((resolve) => {
      const obs = new MutationObserver(() => { if (bar.getAttribute('value') !== before) { obs.disconnect(); resolve(performance.now()); } });
      obs.observe(bar, { attributes: true });
    });
    const t0 = performance.now();
    document.getElementById('answer-yes').click();
    return (await changed) - t0;
  });
}
