// Single-key shortcuts (tag keys, Ctrl+Z) must not fire while the person is typing in a field.
export const isTyping = (el: EventTarget | null): boolean =>
  el instanceof HTMLElement && (el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName));
