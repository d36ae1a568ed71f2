import { href } from './nav';

export function NotFoundView() {
  return (
    <div class="card empty-state">
      <h1 tabIndex={-1}>This page isn’t here</h1>
      <p class="muted">The link may be from an older version of Rebound.</p>
      <a class="button button--primary" href={href('/')}>
        Go to your pipeline
      </a>
    </div>
  );
}
