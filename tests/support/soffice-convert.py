# Converts Word documents to PDF in the LibreOffice the test run started (tests/support/libreoffice-server.ts),
# through its UNO pipe: what `soffice --convert-to pdf` does (load hidden, store with Writer's PDF export), without
# starting LibreOffice again for each test file.
#   /usr/bin/python3 soffice-convert.py PIPE OUTDIR FILE...   each FILE's PDF written as OUTDIR/<name>.pdf
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


def main():
    pipe, outdir, files = sys.argv[1], sys.argv[2], sys.argv[3:]
    office = desktop(pipe)
    for file in files:
        url = uno.systemPathToFileUrl(os.path.abspath(file))
        document = office.loadComponentFromURL(url, '_blank', 0, (prop('Hidden', True),))
        if document is None:
            sys.exit(f'LibreOffice could not open {file}')
        name = os.path.splitext(os.path.basename(file))[0] + '.pdf'
        target = uno.systemPathToFileUrl(os.path.join(os.path.abspath(outdir), name))
        try:
            document.storeToURL(target, (prop('FilterName', 'writer_pdf_Export'),))
        finally:
            document.close(True)


main()
