// A short draft policy of Stichting Allure with two sections and a list: what the Word round-trip tests build into a
// .docx, comment on as a reader would, and bring back with `import --into`.

/** The policy's Markdown, as its file holds it. */
export const CAMERA_POLICY = `---
id: camera
title: Cameratoezicht
organisation: Stichting Allure
org: allure
version: "1.0"
status: draft
lang: nl
---

# Cameratoezicht

## Bewaren {#bewaren}

{#bewaren.termijn} Beelden worden vier weken bewaard.

## Rechten {#rechten}

1. {#rechten.inzage} Wie gefilmd is, mag de beelden inzien.
2. {#rechten.wissen} Beelden worden op verzoek gewist.
`;
