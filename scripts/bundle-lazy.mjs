// Shims of scripts/bundle.mjs that load a dependency's code on first use: what a plain build loaded and compiled but
// never ran. Each keeps the dependency's own functions, so what they compute is unchanged.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const packageRequire = createRequire(join(dirname(fileURLToPath(import.meta.url)), '..', 'package.json'));

/**
 * Handlebars' package entry evaluates its compiler (parser, code generator, source-map) with its runtime, 3-4 ms of
 * every run that words a text, though a build only runs templates compiled when clausemark was built
 * (scripts/prepare-data.mjs). The shim is the package entry (lib/index.js and dist/cjs/handlebars.js) with the
 * compiler's parts loaded on first use: the same runtime module makes each environment, and compile, precompile,
 * parse and the compiler's classes are the compiler's own functions, reached through the environment as before. A
 * Handlebars whose entry differs from the one the shim copies fails the bundle. (The entry's require hook for .hbs
 * files is left out: nothing in the bundle requires a template file.)
 */
const HANDLEBARS = dirname(packageRequire.resolve('handlebars/package.json'));
const HANDLEBARS_CREATE = `function create() {
  var hb = _create();

  hb.compile = function (input, options) {
    return _handlebarsCompilerCompiler.compile(input, options, hb);
  };
  hb.precompile = function (input, options) {
    return _handlebarsCompilerCompiler.precompile(input, options, hb);
  };

  hb.AST = _handlebarsCompilerAst2['default'];
  hb.Compiler = _handlebarsCompilerCompiler.Compiler;
  hb.JavaScriptCompiler = _handlebarsCompilerJavascriptCompiler2['default'];
  hb.Parser = _handlebarsCompilerBase.parser;
  hb.parse = _handlebarsCompilerBase.parse;
  hb.parseWithoutProcessing = _handlebarsCompilerBase.parseWithoutProcessing;

  return hb;
}

var inst = create();
inst.create = create;

_handlebarsNoConflict2['default'](inst);

inst.Visitor = _handlebarsCompilerVisitor2['default'];

inst['default'] = inst;`;
const HANDLEBARS_INDEX = `var handlebars = require('../dist/cjs/handlebars')['default'];

var printer = require('../dist/cjs/handlebars/compiler/printer');
handlebars.PrintVisitor = printer.PrintVisitor;
handlebars.print = printer.print;`;

export function checkHandlebars() {
  const entry = readFileSync(join(HANDLEBARS, 'dist', 'cjs', 'handlebars.js'), 'utf8');
  const index = readFileSync(join(HANDLEBARS, 'lib', 'index.js'), 'utf8');
  if (!entry.includes(HANDLEBARS_CREATE) || !index.includes(HANDLEBARS_INDEX))
    throw new Error('bundle: handlebars changed its entry, the lazy compiler shim no longer matches it');
}

const handlebarsModule = (name) => JSON.stringify(join(HANDLEBARS, 'dist', 'cjs', 'handlebars', name));
// (Handlebars' CommonJS modules of one default export set it as module.exports: required, that is the export.)
export const LAZY_HANDLEBARS = `
  const runtime = require(${JSON.stringify(join(HANDLEBARS, 'dist', 'cjs', 'handlebars.runtime.js'))});
  const noConflict = require(${handlebarsModule('no-conflict.js')});
  const once = (load) => {
    let loaded;
    return () => (loaded ??= load());
  };
  const compiler = once(() => require(${handlebarsModule('compiler/compiler.js')}));
  const base = once(() => require(${handlebarsModule('compiler/base.js')}));
  const ast = once(() => require(${handlebarsModule('compiler/ast.js')}));
  const javaScriptCompiler = once(() => require(${handlebarsModule('compiler/javascript-compiler.js')}));
  const visitor = once(() => require(${handlebarsModule('compiler/visitor.js')}));
  const printer = once(() => require(${handlebarsModule('compiler/printer.js')}));
  // A field that reads the compiler's part on first use; set, it holds what was set, as the plain field would.
  const lazyField = (target, name, read) =>
    Object.defineProperty(target, name, {
      get: read,
      set(value) {
        Object.defineProperty(target, name, { value, writable: true, enumerable: true, configurable: true });
      },
      enumerable: true,
      configurable: true,
    });
  function create() {
    const hb = runtime.create();
    hb.compile = function (input, options) {
      return compiler().compile(input, options, hb);
    };
    hb.precompile = function (input, options) {
      return compiler().precompile(input, options, hb);
    };
    lazyField(hb, 'AST', ast);
    lazyField(hb, 'Compiler', () => compiler().Compiler);
    lazyField(hb, 'JavaScriptCompiler', javaScriptCompiler);
    lazyField(hb, 'Parser', () => base().parser);
    hb.parse = function (input, options) {
      return base().parse(input, options);
    };
    hb.parseWithoutProcessing = function (input, options) {
      return base().parseWithoutProcessing(input, options);
    };
    return hb;
  }
  const inst = create();
  inst.create = create;
  noConflict(inst);
  lazyField(inst, 'Visitor', visitor);
  inst['default'] = inst;
  lazyField(inst, 'PrintVisitor', () => printer().PrintVisitor);
  inst.print = function (tree) {
    return printer().print(tree);
  };
  module.exports = inst;`;

/**
 * svg-to-pdfkit (130 KB in one file, requiring nothing) draws only an SVG logo. Bundled into the ES modules a
 * build loads, node compiled it on every build (2 ms), logo or not; so the ES modules require the installed
 * package on first use, as pdfkit's data files are read from node_modules. The command thread's script (run from V8's
 * code cache) keeps it bundled, wrapped to run when first required, so a cached run compiles none of it either way.
 */
const SVG_TO_PDFKIT = packageRequire.resolve('svg-to-pdfkit');

/** The svg-to-pdfkit shim: for the ES modules (`modules`) it requires the installed package, else the bundled one. */
export const lazySvgToPdfkit = (modules) => `
  let loaded;
  export default function SVGtoPDF(...args) {
    return (loaded ??= require(${JSON.stringify(modules ? 'svg-to-pdfkit' : SVG_TO_PDFKIT)}))(...args);
  }`;
