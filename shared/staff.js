// Entry '@recall/shared/staff' for Node resolvers (webpack aliases it to dist/esm/staff.js).
module.exports = require('./dist/staff.js');
