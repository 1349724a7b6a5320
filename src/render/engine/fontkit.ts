// The renderers read the brand's fonts with the fontkit bundled with them (pdfkit's), not the installed package that
// src/brand/fontkit.ts falls back to: importing this module hands it over.
import * as fontkit from 'fontkit';
import { provideFontkit } from '../../brand/fontkit.js';

provideFontkit(fontkit);
