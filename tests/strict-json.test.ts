import { RuleTester } from "./helpers/rule-tester.js";
import * as jsoncParser from "jsonc-eslint-parser";
import rule from "../rules/strict-json.js";

const tester = new RuleTester({ languageOptions: { parser: jsoncParser } });
const config = "home/.docker/config.json";
const authJson = "run/containers/auth.json";
const SYNTAX = "the Docker CLI ignores the whole file";
const TYPE = 'the Docker CLI decodes no "auth"';
const AFTER = "the Docker CLI ignores it, Podman rejects the file";
const PODMAN = "containers/image fails every credential lookup";
const syntax = (reason: string) => ({ reason, effect: SYNTAX });
const u = "json: cannot unmarshal";

tester.run("strict-json", rule, {
  valid: [
    { filename: config, code: '{\n\t"auths": {\n\t\t"https://index.docker.io/v1/": {\n\t\t\t"auth": "dTpw"\n\t\t}\n\t}\n}' },
    { filename: config, code: '{\r\n  "auths": {},\r\n  "credsStore": "desktop",\r\n  "psFormat": "table {{.ID}}"\r\n}\r\n' },
    {
      filename: config,
      code: '{"auths":{"a":{"auth":"dTpw","identitytoken":"t"}},"HttpHeaders":{"X":"y"},"proxies":{"default":{"httpProxy":"http://p:3128"}},"pruneFilters":["label=x"],"plugins":{"p":{"hooks":"a,b"}},"features":{"hooks":"true"},"aliases":{"builder":"buildx"},"cliPluginsExtraDirs":["/x"],"currentContext":"default","detachKeys":"ctrl-e,e"}',
    },
    { name: "null is the zero value for every field", filename: config, code: '{"auths":null,"credHelpers":null,"plugins":{"p":null},"pruneFilters":[null],"features":{"a":null},"psFormat":null}' },
    { name: "unknown keys take any type", filename: config, code: '{"auths":{},"x":[1,true,{"y":null}],"stackOrchestrator":1}' },
    { name: "numbers that are JSON", filename: config, code: '{"auths":{},"x":[0,-0.5,1e5,1E+5,-2e-3]}' },
    { name: "escapes that are JSON", filename: config, code: '{"auths":{"a\\u0041":{"auth":"\\"\\\\\\/\\b\\f\\n\\r\\t\\u00e9"}}}' },
    { name: "containers/image does not decode Docker-only fields", filename: authJson, code: '{"auths":{"a":{"auth":"dTpw","username":1}},"psFormat":1}' },
    { name: "a legacy .dockercfg is not type-checked", filename: "home/.dockercfg", code: '{"docker.io":{"auth":"dTpw","email":"e"}}' },
    // Not registry-credential files: JSONC there is someone else's business.
    { filename: config, code: '// app config\n{ "name": "app", trailing: 1, }' },
    { filename: "tsconfig.json", code: "{ /* c */ compilerOptions: {}, }" },
    { filename: config, code: '["auths", 1,]' },
  ],
  invalid: [
    {
      name: "trailing commas in an object and an array: removed",
      filename: config,
      code: '{\n  "auths": {\n    "a": {},\n  },\n  "pruneFilters": ["x",],\n}\n',
      output: '{\n  "auths": {\n    "a": {}\n  },\n  "pruneFilters": ["x"]\n}\n',
      errors: [
        { messageId: "trailingComma", data: syntax("invalid character '}' looking for beginning of object key string"), line: 3, column: 12, endLine: 3, endColumn: 13 },
        { messageId: "trailingComma", data: syntax("invalid character ']' looking for beginning of value"), line: 5, column: 23 },
        { messageId: "trailingComma", data: syntax("invalid character '}' looking for beginning of object key string"), line: 5, column: 25 },
      ],
    },
    {
      name: "a trailing comma before a comment keeps the comment",
      filename: config,
      code: '{"auths":{}, // mine\n}',
      output: '{"auths":{} // mine\n}',
      errors: [
        { messageId: "trailingComma", line: 1, column: 12 },
        {
          messageId: "comment",
          data: syntax("invalid character '/' looking for beginning of object key string"),
          suggestions: [{ messageId: "removeComment", output: '{"auths":{},\n}' }],
        },
      ],
    },
    {
      name: "comments: docker's reason depends on where the comment stands",
      filename: config,
      code: '// top\n{ /* a */ "auths" /* b */ : /* c */ {} /* d */ }',
      output: null,
      errors: [
        {
          messageId: "comment",
          data: syntax("invalid character '/' looking for beginning of value"),
          line: 1,
          column: 1,
          endColumn: 7,
          suggestions: [{ messageId: "removeComment", output: '{ /* a */ "auths" /* b */ : /* c */ {} /* d */ }' }],
        },
        {
          messageId: "comment",
          data: syntax("invalid character '/' looking for beginning of object key string"),
          line: 2,
          column: 3,
          suggestions: [{ messageId: "removeComment", output: '// top\n{  "auths" /* b */ : /* c */ {} /* d */ }' }],
        },
        {
          messageId: "comment",
          data: syntax("invalid character '/' after object key"),
          column: 19,
          suggestions: [{ messageId: "removeComment", output: '// top\n{ /* a */ "auths"  : /* c */ {} /* d */ }' }],
        },
        {
          messageId: "comment",
          data: syntax("invalid character '/' looking for beginning of value"),
          column: 29,
          suggestions: [{ messageId: "removeComment", output: '// top\n{ /* a */ "auths" /* b */ :  {} /* d */ }' }],
        },
        {
          messageId: "comment",
          data: syntax("invalid character '/' after object key:value pair"),
          column: 40,
          suggestions: [{ messageId: "removeComment", output: '// top\n{ /* a */ "auths" /* b */ : /* c */ {}  }' }],
        },
      ],
    },
    {
      name: "a comment after the value: docker ignores it, Podman does not",
      filename: config,
      code: '{"auths":{}}\r\n// end\r\n',
      output: null,
      errors: [
        {
          messageId: "comment",
          data: { reason: "invalid character '/' after top-level value", effect: AFTER },
          line: 2,
          column: 1,
          suggestions: [{ messageId: "removeComment", output: '{"auths":{}}\r\n' }],
        },
      ],
    },
    {
      name: "a trailing line comment goes with the spaces before it",
      filename: config,
      code: '{\n  "auths": {} // hub\n}',
      output: null,
      errors: [{ messageId: "comment", suggestions: [{ messageId: "removeComment", output: '{\n  "auths": {}\n}' }] }],
    },
    {
      name: "a UTF-8 BOM: removed",
      filename: config,
      code: '\uFEFF{"auths":{}}',
      output: '{"auths":{}}',
      errors: [{ messageId: "byteOrderMark", data: syntax("invalid character 'ï' looking for beginning of value"), line: 1, column: 1 }],
    },
    {
      name: "JSON5: unquoted keys and single quotes become JSON strings",
      filename: config,
      code: "{auths: {'ghcr.io': {'auth': 'dTpw'}}, credsStore: 'it\\'s \"x\"'}",
      output: '{"auths": {"ghcr.io": {"auth": "dTpw"}}, "credsStore": "it\'s \\"x\\""}',
      errors: [
        { messageId: "unquotedKey", data: syntax("invalid character 'a' looking for beginning of object key string"), column: 2, endColumn: 7 },
        { messageId: "singleQuotes", data: syntax("invalid character '\\'' looking for beginning of object key string"), column: 10 },
        { messageId: "singleQuotes", data: syntax("invalid character '\\'' looking for beginning of object key string"), column: 22 },
        { messageId: "singleQuotes", data: syntax("invalid character '\\'' looking for beginning of value"), column: 30 },
        { messageId: "unquotedKey", column: 40 },
        { messageId: "singleQuotes", data: syntax("invalid character '\\'' looking for beginning of value"), column: 52 },
      ],
    },
    {
      name: "JSON5 values docker cannot read, with docker's reason for each",
      filename: config,
      code: '{"auths":{},"x":[Infinity, NaN, 0x1F, +1, .5, 5., -Infinity, `t`, undefined, 1 + 2, - 1, 1_0]}',
      output: null,
      errors: [
        { messageId: "invalidValue", data: syntax("invalid character 'I' looking for beginning of value"), column: 18, endColumn: 26 },
        { messageId: "invalidValue", data: syntax("invalid character 'N' looking for beginning of value"), column: 28 },
        { messageId: "invalidValue", data: syntax("invalid character 'x' after array element"), column: 33 },
        { messageId: "invalidValue", data: syntax("invalid character '+' looking for beginning of value"), column: 39 },
        { messageId: "invalidValue", data: syntax("invalid character '.' looking for beginning of value"), column: 43 },
        { messageId: "invalidValue", data: syntax("invalid character ',' after decimal point in numeric literal"), column: 47 },
        { messageId: "invalidValue", data: syntax("invalid character 'I' in numeric literal"), column: 51 },
        { messageId: "invalidValue", data: syntax("invalid character '`' looking for beginning of value"), column: 62 },
        { messageId: "invalidValue", data: syntax("invalid character 'u' looking for beginning of value"), column: 67 },
        { messageId: "invalidValue", data: syntax("invalid character '+' after array element"), column: 78 },
        { messageId: "invalidValue", data: syntax("invalid character ' ' in numeric literal"), column: 85 },
        { messageId: "invalidValue", data: syntax("invalid character '_' after array element"), column: 90 },
      ],
    },
    {
      name: "a hex number in an object: after object key:value pair",
      filename: config,
      code: '{"auths":{},"x":0x1F}',
      output: null,
      errors: [{ messageId: "invalidValue", data: syntax("invalid character 'x' after object key:value pair"), column: 17 }],
    },
    {
      name: "strings with a raw tab or a JavaScript-only escape are rewritten as JSON strings",
      filename: config,
      code: '{"auths":{"a":{"auth":"dT\tpw"}},"x":"\\x41\\v","y":"a\\\nb"}',
      output: '{"auths":{"a":{"auth":"dT\\tpw"}},"x":"A\\u000b","y":"ab"}',
      errors: [
        { messageId: "invalidString", data: syntax("invalid character '\\t' in string literal"), column: 23 },
        { messageId: "invalidString", data: syntax("invalid character 'x' in string escape code"), column: 37 },
        { messageId: "invalidString", data: syntax("invalid character '\\n' in string escape code"), column: 50 },
      ],
    },
    {
      name: "an escaped key in a string JSON lacks",
      filename: config,
      code: '{"auths":{"\\x41":{}}}',
      output: '{"auths":{"A":{}}}',
      errors: [{ messageId: "invalidString", data: syntax("invalid character 'x' in string escape code"), column: 11 }],
    },
    {
      name: "JSON5 whitespace: replaced by spaces",
      filename: config,
      code: '{"auths":\u00a0{},\v"x": 1}',
      output: '{"auths": {}, "x": 1}',
      errors: [
        { messageId: "invalidWhitespace", data: syntax("invalid character 'Â' looking for beginning of value"), column: 10 },
        { messageId: "invalidWhitespace", data: syntax("invalid character '\\v' looking for beginning of object key string"), column: 14 },
      ],
    },
    {
      name: "a U+2028 that ends a // comment becomes a line feed: the next key stays outside the comment",
      filename: config,
      code: '{"auths":{}, // note\u2028"credsStore":"desktop"}',
      output: '{"auths":{}, // note\n"credsStore":"desktop"}',
      errors: [
        {
          messageId: "comment",
          data: syntax("invalid character '/' looking for beginning of object key string"),
          line: 1,
          column: 14,
          suggestions: [{ messageId: "removeComment", output: '{"auths":{},\u2028"credsStore":"desktop"}' }],
        },
        {
          messageId: "invalidWhitespace",
          data: syntax("invalid character '\u00e2' looking for beginning of object key string"),
          line: 1,
          column: 21,
          endLine: 2,
          endColumn: 1,
        },
      ],
    },
    {
      name: "a U+2029 after a leading comment: the file still parses after the fix",
      filename: config,
      code: '// lead\u2029{"auths":{}}\n',
      output: '// lead\n{"auths":{}}\n',
      errors: [
        { messageId: "comment", suggestions: [{ messageId: "removeComment", output: '{"auths":{}}\n' }] },
        { messageId: "invalidWhitespace", data: syntax("invalid character '\u00e2' looking for beginning of value"), line: 1, column: 8 },
      ],
    },
    {
      name: "a comment alone on a line that U+2028 ends goes with that line",
      filename: config,
      code: '{\n  // note\u2028  "auths": {}\n}',
      output: '{\n  // note\n  "auths": {}\n}',
      errors: [
        { messageId: "comment", line: 2, column: 3, suggestions: [{ messageId: "removeComment", output: '{\n  "auths": {}\n}' }] },
        { messageId: "invalidWhitespace", line: 2, column: 10 },
      ],
    },
    {
      name: "array holes and numeric keys",
      filename: config,
      code: '{"auths":{},"x":[1,,2],1:2}',
      output: null,
      errors: [
        { messageId: "notJson", data: syntax("invalid character ',' looking for beginning of value"), column: 20 },
        { messageId: "notJson", data: syntax("invalid character '1' looking for beginning of object key string"), column: 24 },
      ],
    },
    {
      name: "wrong value types, each with docker's reason",
      filename: config,
      code: '{"auths":{"a":"s","b":{"auth":1}},"features":{"x":true},"plugins":{"p":{"k":1}},"pruneFilters":"x","proxies":{"d":{"HTTPPROXY":1}},"psFormat":false}',
      output: null,
      errors: [
        { messageId: "wrongType", data: { field: "auths", expected: "types.AuthConfig", reason: `${u} string into Go struct field ConfigFile.auths of type types.AuthConfig`, effect: TYPE }, column: 11, endColumn: 14 },
        { messageId: "wrongType", data: { field: "auths", expected: "string", reason: `${u} number into Go struct field AuthConfig.auths.auth of type string`, effect: TYPE }, column: 24 },
        { messageId: "wrongType", data: { field: "features", expected: "string", reason: `${u} bool into Go struct field ConfigFile.features of type string`, effect: TYPE }, column: 47 },
        { messageId: "wrongType", data: { field: "plugins", expected: "string", reason: `${u} number into Go struct field ConfigFile.plugins of type string`, effect: TYPE }, column: 73 },
        { messageId: "wrongType", data: { field: "pruneFilters", expected: "[]string", reason: `${u} string into Go struct field ConfigFile.pruneFilters of type []string`, effect: TYPE }, column: 81 },
        { messageId: "wrongType", data: { field: "proxies", expected: "string", reason: `${u} number into Go struct field ProxyConfig.proxies.httpProxy of type string`, effect: TYPE }, column: 116 },
        { messageId: "wrongType", data: { field: "psFormat", expected: "string", reason: `${u} bool into Go struct field ConfigFile.psFormat of type string`, effect: TYPE }, column: 132 },
      ],
    },
    {
      name: "auths as an array: reported here, other rules stay silent",
      filename: config,
      code: '{"Auths":["docker.io"]}',
      output: null,
      errors: [
        {
          messageId: "wrongType",
          data: { field: "auths", expected: "map[string]types.AuthConfig", reason: `${u} array into Go struct field ConfigFile.auths of type map[string]types.AuthConfig`, effect: TYPE },
          column: 2,
        },
      ],
    },
    {
      name: "an array element of the wrong type is reported on the element",
      filename: config,
      code: '{"auths":{},"cliPluginsExtraDirs":["/a",true]}',
      output: null,
      errors: [{ messageId: "wrongType", data: { field: "cliPluginsExtraDirs", expected: "string", reason: `${u} bool into Go struct field ConfigFile.cliPluginsExtraDirs of type string`, effect: TYPE }, column: 41 }],
    },
    {
      name: "auth.json: Podman's struct and consequence",
      filename: authJson,
      code: '{"auths":{"quay.io":{"auth":1}}, // x\n}',
      output: '{"auths":{"quay.io":{"auth":1}} // x\n}',
      errors: [
        { messageId: "wrongType", data: { field: "auths", expected: "string", reason: `${u} number into Go struct field dockerAuthConfig.auths.auth of type string`, effect: PODMAN } },
        { messageId: "trailingComma", data: { reason: "invalid character '}' looking for beginning of object key string", effect: PODMAN } },
        { messageId: "comment", data: { reason: "invalid character '/' looking for beginning of object key string", effect: PODMAN }, suggestions: [{ messageId: "removeComment", output: '{"auths":{"quay.io":{"auth":1}},\n}' }] },
      ],
    },
    {
      name: "the flavor option: a comment after the value in a config.json read by Podman",
      filename: config,
      options: [{ flavor: "containers" }],
      code: '{"auths":{}} /* end */',
      output: null,
      errors: [{ messageId: "comment", data: { reason: "invalid character '/' after top-level value", effect: PODMAN }, suggestions: [{ messageId: "removeComment", output: '{"auths":{}}' }] }],
    },
  ],
});
