import { EventEmitter } from 'node:events';
import type { WebContents } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { hardenWebContents, isAllowedExternalUrl } from '../../electron/main/security/navigation';

const allowList = ['dmw.gov.ph', 'www.owwa.gov.ph'];

describe('isAllowedExternalUrl', () => {
  it('allows https links to listed hosts', () => {
    expect(isAllowedExternalUrl('https://dmw.gov.ph/aksyon-fund?x=1#top', allowList)).toBe(true);
    expect(isAllowedExternalUrl('https://WWW.OWWA.GOV.PH/', allowList)).toBe(true);
  });

  it.each([
    ['http', 'http://dmw.gov.ph/'],
    ['javascript:', 'javascript:alert(document.domain)'],
    ['javascript: mentioning the host', 'javascript://dmw.gov.ph/%0aalert(1)'],
    ['file:', 'file:///etc/passwd'],
    ['data:', 'data:text/html,<script>alert(1)</script>'],
    ['app:', 'app://tulay/index.html'],
    ['a custom handler', 'ms-msdt:/id PCWDiagnostic'],
    ['userinfo trick', 'https://dmw.gov.ph@evil.com/'],
    ['userinfo with password', 'https://dmw.gov.ph:443@evil.com/'],
    ['credentials on the right host', 'https://user:pass@dmw.gov.ph/'],
    ['look-alike suffix', 'https://dmw.gov.ph.evil.com/'],
    ['look-alike prefix', 'https://evil-dmw.gov.ph/'],
    ['unlisted subdomain', 'https://phishing.dmw.gov.ph/'],
    ['the parent of a listed host', 'https://owwa.gov.ph/'],
    ['trailing dot', 'https://dmw.gov.ph./'],
    ['punycode homograph', 'https://xn--dmw-gov-ph.com/'],
    ['a non-default port', 'https://dmw.gov.ph:8443/'],
    ['backslash confusion', 'https://evil.com\\@dmw.gov.ph/'],
    ['not a URL', 'dmw.gov.ph'],
    ['empty', ''],
  ])('refuses %s', (_name, url) => {
    expect(isAllowedExternalUrl(url, allowList)).toBe(false);
  });

  it('refuses everything when the allow-list is empty', () => {
    expect(isAllowedExternalUrl('https://dmw.gov.ph/', [])).toBe(false);
  });
});

type OpenHandler = (details: { url: string }) => { action: string };

function recordingWebContents() {
  const contents = new EventEmitter() as EventEmitter & { openHandler?: OpenHandler };
  Object.assign(contents, {
    setWindowOpenHandler: (handler: OpenHandler) => (contents.openHandler = handler),
  });
  return contents;
}

function setup(devOrigin: string | null = null) {
  const contents = recordingWebContents();
  const openExternal = vi.fn((url: string) => (void url, Promise.resolve()));
  hardenWebContents(contents as unknown as WebContents, { allowList, devOrigin, openExternal });
  const navigate = (url: string) => {
    const event = { url, preventDefault: vi.fn() };
    contents.emit('will-navigate', event);
    return event.preventDefault.mock.calls.length > 0 ? 'denied' : 'allowed';
  };
  return { contents, openExternal, navigate };
}

describe('hardenWebContents', () => {
  let warn: ReturnType<typeof vi.spyOn>;
  beforeEach(() => {
    warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('keeps the window on Tulay: navigating elsewhere is denied', () => {
    const { navigate, openExternal } = setup();
    expect(navigate('app://tulay/index.html')).toBe('allowed');
    expect(navigate('https://evil.com/')).toBe('denied');
    expect(navigate('file:///etc/passwd')).toBe('denied');
    expect(navigate('app://evil/index.html')).toBe('denied');
    expect(navigate('http://localhost:5173/')).toBe('denied');
    expect(openExternal).not.toHaveBeenCalled();
    // A refused link is logged, so "the link does nothing" can be diagnosed.
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('https://evil.com/'));
  });

  it('opens an allowed link in the system browser instead of in the window', () => {
    const { navigate, openExternal } = setup();
    expect(navigate('https://dmw.gov.ph/')).toBe('denied');
    expect(openExternal).toHaveBeenCalledWith('https://dmw.gov.ph/');
  });

  it('allows the dev server only when one is given', () => {
    expect(setup('http://localhost:5173').navigate('http://localhost:5173/')).toBe('allowed');
    expect(setup('http://localhost:5173').navigate('http://localhost:5174/')).toBe('denied');
  });

  it('never opens a new window, and opens only allowed links outside', () => {
    const { contents, openExternal } = setup();
    expect(contents.openHandler?.({ url: 'https://www.owwa.gov.ph/' })).toEqual({ action: 'deny' });
    expect(contents.openHandler?.({ url: 'https://evil.com/' })).toEqual({ action: 'deny' });
    expect(contents.openHandler?.({ url: 'app://tulay/index.html' })).toEqual({ action: 'deny' });
    expect(openExternal.mock.calls).toEqual([['https://www.owwa.gov.ph/']]);
  });

  it('refuses every <webview>', () => {
    const { contents } = setup();
    const event = { preventDefault: vi.fn() };
    contents.emit('will-attach-webview', event, {}, { src: 'app://tulay/index.html' });
    expect(event.preventDefault).toHaveBeenCalled();
  });
});
