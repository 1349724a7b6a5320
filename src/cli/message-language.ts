// The three places a run's language may be said, read for the one owner of the decision (userLanguage,
// src/text/output-language.ts): `--lang` on the command line, the project's settings file (clausemark.yaml, the
// nearest one up from the working directory: `lang: nl`, found with the run's project, src/io/project.ts) and the
// locale (LC_ALL, LC_MESSAGES, LANG). The run's findings, errors, hints, help and summaries are worded in it
// (templates/messages/<lang>.yaml). A policy's own language picks its output's labels, not this.
import { isScalar } from 'yaml';
import { readYamlMapping } from '../io/yaml-file.js';
import { errorById, MESSAGE_LANGUAGES, type MessageLanguage } from '../io/messages.js';
import type { Project } from '../io/project.js';
import { isOutputLanguage, userLanguage } from '../text/output-language.js';

const SETTINGS_FIELDS = ['lang'];

function isMessageLanguage(value: string): value is MessageLanguage {
  return isOutputLanguage(value);
}

/**
 * The value of `--lang` given to the command being run, when it names a language clausemark speaks (another value
 * is left to the command's option to refuse): the same meaning for every command, import included.
 */
export function languageFromArguments(args: readonly string[]): MessageLanguage | undefined {
  for (const [index, arg] of args.entries()) {
    const value = arg === '--lang' ? args[index + 1] : arg.startsWith('--lang=') ? arg.slice('--lang='.length) : '';
    if (value !== undefined && isMessageLanguage(value)) return value;
  }
  return undefined;
}

/** The `lang` of a settings file; a field or value it does not know is an error at its line and column. */
export function languageFromSettings(file: string): MessageLanguage | undefined {
  const settings = readYamlMapping(file, {
    what: { messageId: 'settings-file.project', params: {} },
    fix: { messageId: 'project-settings.fields', params: { fields: SETTINGS_FIELDS.join(', ') } },
  });
  let language: MessageLanguage | undefined;
  for (const entry of settings.entries) {
    const place = { file: settings.display, point: entry.keyPoint };
    if (!SETTINGS_FIELDS.includes(entry.key)) {
      throw errorById(
        {
          messageId: 'project-settings.unknown-field',
          fixId: 'project-settings.fields',
          params: { field: entry.key, fields: SETTINGS_FIELDS.join(', ') },
        },
        { place, ruleId: 'project-settings' },
      );
    }
    const value = isScalar(entry.value) ? String(entry.value.value ?? '') : '';
    if (!isMessageLanguage(value)) {
      throw errorById(
        {
          messageId: 'project-settings.unknown-language',
          fixId: 'project-settings.write-language',
          params: { value, languages: MESSAGE_LANGUAGES.join(', ') },
        },
        { place: { file: settings.display, point: entry.valuePoint }, ruleId: 'project-settings' },
      );
    }
    language = value;
  }
  return language;
}

/** The language of the locale alone (nl_NL.UTF-8, nl_BE, nl → nl), English for any other or none. */
export function languageFromLocale(env: NodeJS.ProcessEnv): MessageLanguage {
  return userLanguage({ env });
}

/** The language of this run's messages: arguments, then the project's settings file, then locale. */
export function messageLanguageFor(
  args: readonly string[],
  project: Project,
  env: NodeJS.ProcessEnv = process.env,
): MessageLanguage {
  const argument = languageFromArguments(args);
  // The settings file is read only when no argument decides (a broken one then still stops the run).
  const settings = argument || !project.settingsFile ? undefined : languageFromSettings(project.settingsFile);
  return userLanguage({ argument, settings, env });
}
