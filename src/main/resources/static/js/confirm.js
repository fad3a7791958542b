// Asks before a form whose effect cannot be undone is sent: <form class="confirm" data-confirm="question">.
// Without JavaScript the form is sent without asking; the server's checks hold either way.
for (const form of document.querySelectorAll('form.confirm[data-confirm]')) {
  form.addEventListener('submit', (event) => {
    if (!window.confirm(form.dataset.confirm)) {
      event.preventDefault();
    }
  });
}
