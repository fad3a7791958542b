/*
 * Copyright Camunda Services GmbH and/or licensed to Camunda Services GmbH
 * under one or more contributor license agreements. See the NOTICE file
 * distributed with this work for additional information regarding copyright
 * ownership. Camunda licenses this file to you under the Apache License,
 * Version 2.0; you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */

export default {
  // ระบบบริหารงานองค์กรคุณธรรม: our product name in the header and the page title
  // (the header shows "<vendor> <name>"). This file is a copy of Camunda 7.24.0's own
  // config.js with these settings added; refresh it at every Camunda upgrade
  // (docs/architecture.md, "Webapp overrides").
  app: {
    name: 'รายการงาน',
    vendor: 'ระบบบริหารงานองค์กรคุณธรรม'
  },
  // Thai when the browser prefers Thai, English otherwise (locales/th.json beside this file)
  locales: {
    availableLocales: ['th', 'en'],
    fallbackLocale: 'en'
  },
  // dates follow the language of the labels (Thai dates with Buddhist-Era years)
  customScripts: ['../shared/one-sign-in', '../shared/thai-dates', '../shared/thai-tenants', 'scripts/thai-forms'],
  // change the app name and vendor
  // app: {
  //   name: 'Todos',
  //   vendor: 'Company'
  // },
  //
  // configure the date format
  // "dateFormat": {
  //   "normal": "LLL",
  //   "long":   "LLLL"
  // },
  //
  // "locales": {
  //    "availableLocales": ["en", "de"],
  //    "fallbackLocale": "en"
  //  },
  // customScripts: [
  //   // If you have a folder called 'my-custom-script' (in the 'tasklist' folder)
  //   // with a file called 'customScript.js' in it
  //   // 'my-custom-script/customScript'
  // ],
  // requireJsConfig: {
  //   // AngularJS module names
  //   ngDeps: ['ui.bootstrap'],
  //   // RequireJS configuration for a complete configuration documentation see:
  //   // http://requirejs.org/docs/api.html#config
  //   deps: ['jquery', 'custom-ui'],
  //   paths: {
  //     // if you have a folder called `custom-ui` (in the `scripts` folder)
  //     // with a file called `scripts.js` in it and defining the `custom-ui` AMD module
  //     'custom-ui': 'custom-ui/scripts'
  //   }
  // },
  // csrfCookieName: 'XSRF-TOKEN',
  // disableWelcomeMessage: false,
  // assignProcessInstanceIdToTaskComment: true,

  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: 'รับงานที่เลือกอยู่'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: 'ไปที่ตัวกรองแรกในรายการ'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: 'ไปที่งานแรกในรายการ'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: 'ไปที่ช่องกรอกแรกในแบบฟอร์มงาน'
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: 'เปิดหน้าต่างเริ่มกระบวนการ'
    }
  }
};
