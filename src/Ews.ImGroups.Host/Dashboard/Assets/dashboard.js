// Keeps a dashboard page current while clients run: on each change the server announces, the page is fetched again
// and its <main> swapped in. Also makes the XML copy buttons work. Without this script every page still reads fine.
(() => {
  'use strict';

  document.documentElement.classList.add('js');

  const indicator = document.getElementById('live');
  let fetching = false;
  let pending = false;

  const show = (state, label) => {
    if (indicator) {
      indicator.hidden = false;
      indicator.dataset.state = state;
      indicator.textContent = label;
    }
  };

  // Swapping the page under someone typing a filter would lose what they typed; wait until they leave the field.
  const editing = () => document.activeElement?.matches('main input, main select, main textarea') ?? false;

  async function refresh() {
    if (fetching || editing()) {
      pending = true;
      return;
    }

    fetching = true;
    try {
      const response = await fetch(location.href, { cache: 'no-store', credentials: 'same-origin', headers: { Accept: 'text/html' } });
      if (response.status === 401) {
        location.reload();
        return;
      }

      const page = new DOMParser().parseFromString(await response.text(), 'text/html');
      const fresh = page.querySelector('main');
      const current = document.querySelector('main');
      if (fresh && current) {
        if (fresh.innerHTML !== current.innerHTML) {
          current.replaceWith(document.adoptNode(fresh));
        } else {
          current.dataset.version = fresh.dataset.version;
        }
      }
    } catch {
      show('offline', 'Offline');
    } finally {
      fetching = false;
      if (pending) {
        pending = false;
        refresh();
      }
    }
  }

  document.addEventListener('focusout', () => setTimeout(() => {
    if (pending && !fetching) {
      pending = false;
      refresh();
    }
  }));

  const events = document.body.dataset.events;
  if (events && 'EventSource' in window) {
    const source = new EventSource(events);
    source.addEventListener('open', () => show('live', 'Live'));
    source.addEventListener('error', () => show('offline', 'Reconnecting…'));
    source.addEventListener('change', (event) => {
      show('live', 'Live');
      if (document.querySelector('main')?.dataset.version !== event.data) {
        refresh();
      }
    });
  } else if (events) {
    show('polling', 'Polling');
    setInterval(refresh, 3000);
  }

  async function copy(element) {
    const text = element.textContent;
    if (navigator.clipboard && window.isSecureContext) {
      try {
        await navigator.clipboard.writeText(text);
        return true;
      } catch {
        // Refused (no permission, no focus): fall back to selecting the text.
      }
    }

    const range = document.createRange();
    range.selectNodeContents(element);
    const selection = window.getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
    // The older way, for pages served over plain HTTP to another machine, where the clipboard API is missing.
    return document.execCommand('copy');
  }

  document.addEventListener('click', async (event) => {
    const button = event.target instanceof Element ? event.target.closest('button[data-copy]') : null;
    const source = button && document.getElementById(button.dataset.copy);
    if (!source) {
      return;
    }

    button.dataset.label ??= button.textContent;
    button.textContent = await copy(source) ? 'Copied' : 'Selected: press Ctrl+C';
    setTimeout(() => { button.textContent = button.dataset.label; }, 2000);
  });
})();
