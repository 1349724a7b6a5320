# Converts documents in the LibreOffice the test run started (tests/support/libreoffice-server.ts), through its UNO
# pipe: what `soffice --convert-to TARGET` does (load hidden, store with the target's filter), without starting
# LibreOffice again for each test file. TARGET as --convert-to takes it: an extension, or `extension:filter name`.
#   /usr/bin/python3 soffice-convert.py PIPE OUTDIR TARGET FILE...   each FILE written as OUTDIR/<name>.<extension>
import os
import sys
import time

import uno
from com.sun.star.beans import PropertyValue
from com.sun.star.connection import NoConnectException


def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


def desktop(pipe):
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext('com.sun.star.bridge.UnoUrlResolver', local)
    deadline = time.monotonic() + 180
    while True:
        try:
            context = resolver.resolve(f'uno:pipe,name={pipe};urp;StarOffice.ComponentContext')
            break
        except NoConnectException:
            # LibreOffice is still starting (the run's global setup does not wait for it).
            if time.monotonic() > deadline:
                raise
            time.sleep(0.2)
    return context.ServiceManager.createInstanceWithContext('com.sun.star.frame.Desktop', context)


# The filter --convert-to picks for a Writer document when TARGET names only the extension.
FILTERS = {'pdf': 'writer_pdf_Export', 'doc': 'MS Word 97', 'docx': 'MS Word 2007 XML', 'odt': 'writer8'}


def main():
    pipe, outdir, target, files = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4:]
    extension, _, named = target.partition(':')
    export = named or FILTERS[extension]
    office = desktop(pipe)
    for file in files:
        url = uno.systemPathToFileUrl(os.path.abspath(file))
        document = office.loadComponentFromURL(url, '_blank', 0, (prop('Hidden', True),))
        if document is None:
            sys.exit(f'LibreOffice could not open {file}')
        name = os.path.splitext(os.path.basename(file))[0] + '.' + extension
        target = uno.systemPathToFileUrl(os.path.join(os.path.abspath(outdir), name))
        try:
            document.storeToURL(target, (prop('FilterName', export),))
        finally:
            document.close(True)


main()
