// A one-time link mailed before the pages were rendered by the server carries its token after "#",
// which a browser never sends: such a link arrives here through the old page's 301, and is opened
// again with the token where the server reads it.
const old = location.hash.match(/^#(correction=)?([A-Za-z0-9_-]{20,100})$/);
if (old) {
  location.replace((old[1] ? '/register/correction' : '/set-password') + '?token=' + old[2]);
}
