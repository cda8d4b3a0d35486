export default {
  keypad: {
    label: 'Number pad',
    idCardLabel: 'ID card number pad',
    backspace: 'Delete',
    clear: 'Clear',
    submit: 'OK',
    digitX: 'X',
  },
  keyboard: {
    label: 'Pinyin initials keyboard',
    backspace: 'Delete',
    clear: 'Clear',
    submit: 'Search',
  },
  qr: {
    label: 'QR code',
    loading: 'Creating the QR code…',
    error: 'The QR code could not be created; please use the link below.',
    hint: 'Scan the QR code with your phone',
  },
  steps: {
    label: 'Steps',
    position: 'Step {{current}} of {{total}}',
    status: {
      done: 'Done',
      current: 'Current step',
      todo: 'Not started',
    },
  },
  timeout: {
    title: 'Are you still there?',
    message_one: 'To protect your information, this screen returns home and clears what you entered in {{count}} second.',
    message_other: 'To protect your information, this screen returns home and clears what you entered in {{count}} seconds.',
    extend: 'Keep going',
    end: 'Finish and go home',
  },
  readAloud: {
    read: 'Read aloud',
    stop: 'Stop reading',
    unavailable: 'Speech is not available on this device. Here is the text, enlarged:',
    close: 'Close',
  },
};
