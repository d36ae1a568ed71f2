import { describe, expect, it } from 'vitest';
import { href, paths, pathFromHash } from '../../../src/options/nav';
import { matchPath, resolve, ROUTES } from '../../../src/options/router';
import { DetailView } from '../../../src/options/application/DetailView';
import { ListView } from '../../../src/options/pipeline/ListView';
import { NotFoundView } from '../../../src/options/NotFoundView';

describe('options router', () => {
  it('reads the path from the hash', () => {
    expect(pathFromHash('')).toBe('/');
    expect(pathFromHash('#')).toBe('/');
    expect(pathFromHash('#/app/abc')).toBe('/app/abc');
    expect(pathFromHash('#junk')).toBe('/');
  });

  it('matches patterns and decodes params', () => {
    expect(matchPath('/', '/')).toEqual({});
    expect(matchPath('/app/:id', '/app/a%20b')).toEqual({ id: 'a b' });
    expect(matchPath('/app/:id', '/app')).toBeNull();
    expect(matchPath('/app/:id', '/app/1/more')).toBeNull();
    expect(matchPath('/app/:id', '/app/%E0%A4%A')).toBeNull();
    expect(matchPath('/settings', '/stats')).toBeNull();
  });

  it('resolves the list, the deep link the background opens, and unknown paths', () => {
    expect(resolve('/').route.view).toBe(ListView);
    const detail = resolve(paths.application('6f1c-42'));
    expect(detail.route.view).toBe(DetailView);
    expect(detail.params).toEqual({ id: '6f1c-42' });
    expect(resolve('/nowhere').route.view).toBe(NotFoundView);
    expect(href(paths.application('x/y'))).toBe('#/app/x%2Fy');
  });

  it('lets a new route be added with one entry', () => {
    const Settings = () => null;
    const routes = [{ path: '/settings', view: Settings, nav: 'Settings' }, ...ROUTES];
    expect(resolve('/settings', routes).route.view).toBe(Settings);
    expect(resolve('/', routes).route.view).toBe(ListView);
  });
});
