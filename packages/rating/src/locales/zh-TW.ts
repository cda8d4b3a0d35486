export default {
  rating: {},
  stats: {},
};
