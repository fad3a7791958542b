/*
 * Keeps dates in the language of the labels (our override, loaded through customScripts in
 * config.js). Camunda loads the preferred locale (th) and the fallback (en) side by side, and
 * each file's dateLocales callback makes its own moment locale the global one, so whichever
 * answers last wins: a Thai page could show English dates. After every locale load this puts
 * moment back on the language angular-translate uses. Thai dates then use the Buddhist Era
 * through the "eras" of th.json's dateLocales (moment's "y" token).
 */
function languageOfTheLabels(injector) {
  const $translate = injector.get('$translate');
  return $translate.use() || $translate.proposedLanguage();
}

function keepDatesInTheLanguage(injector) {
  const $rootScope = injector.get('$rootScope');
  const moment = injector.get('moment');
  const amMoment = injector.get('amMoment');
  const pin = () => {
    const language = languageOfTheLabels(injector);
    if (language && moment.locales().indexOf(language) > -1 && moment.locale() !== language) {
      amMoment.changeLocale(language);
    }
  };
  ['$translateLoadingSuccess', '$translateChangeSuccess'].forEach(event =>
    $rootScope.$on(event, () => $rootScope.$applyAsync(pin))
  );
  // a locale file's dateLocales callback calls updateLocale/defineLocale, which make that locale
  // the global one: put the labels' language back at once, before anything renders a date
  ['defineLocale', 'updateLocale'].forEach(name => {
    const original = moment[name];
    if (typeof original === 'function') {
      moment[name] = function () {
        const result = original.apply(this, arguments);
        pin();
        return result;
      };
    }
  });
  pin();
  // and, in case a locale arrived before this script could hook in, keep pinning for the page's
  // first ten seconds
  let checks = 0;
  const guard = setInterval(() => {
    $rootScope.$applyAsync(pin);
    if (++checks >= 50) {
      clearInterval(guard);
    }
  }, 200);
}

function whenBootstrapped(attempt) {
  const angular = window.angular;
  const injector = angular && angular.element(document.documentElement).injector();
  if (injector && injector.has('amMoment')) {
    keepDatesInTheLanguage(injector);
  } else if (attempt < 600) {
    setTimeout(() => whenBootstrapped(attempt + 1), 50);
  }
}

whenBootstrapped(0);
