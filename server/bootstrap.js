// Production entry: runs the compiled server (server/dist). `npm start` builds it first.
const path = require('path');
const { Bootstrap } = require('@midwayjs/bootstrap');

module.exports = Bootstrap.configure({ baseDir: path.join(__dirname, 'dist') }).run();
