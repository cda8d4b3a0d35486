export default {
  backHome: 'Back to start',
  backCatalog: 'Back to the list',
  printing: 'Printing the checklist; please take it from the printer slot.',
  hallName: 'Example City Government Service Center',
  zone: 'Self-service zone',
  language: 'Language',
  elderMode: 'Large text',
  standardMode: 'Standard text',
  welcome: 'Welcome. Please choose a service.',
  comingSoon: 'Coming soon',
  tiles: {
    guide: { title: 'Service guide', hint: 'Items, materials and steps' },
    ticket: { title: 'Take a ticket', hint: 'Join the queue' },
    progress: { title: 'Application progress', hint: 'See where your case is' },
    rating: { title: 'Rate our service', hint: 'Good or bad, tell us' },
  },
  footer: 'Need help? Please ask a member of staff.',
};
