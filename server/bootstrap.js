// Production entry: runs the compiled server (server/dist). `npm start` builds it first.
const path = require('path');
const { Bootstrap } = require('@midwayjs/bootstrap');

// Resolves with the application context; the URL is printed once the port really listens.
module.exports = Bootstrap.configure({ baseDir: path.join(__dirname, 'dist') })
  .run()
  .then((container) => {
    require('./dist/core/announce').announceWhenListening(container);
    return container;
  });
