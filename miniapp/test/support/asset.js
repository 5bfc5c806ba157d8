// Stylesheets and images in unit tests: nothing to load.
module.exports = {};
