/*
 * One sign-in (identity.SignInConfiguration): the webapps take the person from our sign-in, so
 * their own login screen must never show. It would after signing out from a webapp's menu (the
 * session is then ended everywhere) or when the session ran out. Loading the webapp's page anew
 * instead takes the browser to our sign-in page, which brings the person back here afterwards.
 * Loaded through customScripts.
 */
function toOurSignIn() {
  if (window.location.hash.startsWith('#/login')) {
    window.location.replace(window.location.pathname);
  }
}

window.addEventListener('hashchange', toOurSignIn);
toOurSignIn();
