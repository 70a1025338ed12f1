import { useEffect, useState } from 'react';
import { apiFetch } from '../../lib/api.ts';

/** `/runs/:id/artifacts/<name>` under the API prefix, each path segment encoded. */
export function artifactPath(runId: string, name: string): string {
  return `/runs/${encodeURIComponent(runId)}/artifacts/${name.split('/').map(encodeURIComponent).join('/')}`;
}

/**
 * A run's screenshot. `<img src>` cannot send the bearer token, so the file is fetched with it and
 * shown from a blob URL, which is revoked when the image changes or leaves the page.
 */
export function ArtifactImage({
  runId,
  name,
  alt,
  className,
  onClick,
}: {
  runId: string;
  name: string;
  alt: string;
  className?: string;
  onClick?: () => void;
}) {
  const [url, setUrl] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    const controller = new AbortController();
    let objectUrl: string | null = null;
    setFailed(false);
    apiFetch(artifactPath(runId, name), { signal: controller.signal })
      .then((response) => response.blob())
      .then((blob) => {
        if (controller.signal.aborted) return;
        objectUrl = URL.createObjectURL(blob);
        setUrl(objectUrl);
      })
      .catch(() => {
        if (!controller.signal.aborted) setFailed(true);
      });
    return () => {
      controller.abort();
      if (objectUrl) URL.revokeObjectURL(objectUrl);
    };
  }, [runId, name]);

  if (failed)
    return <div className={`screenshot-missing ${className ?? ''}`}>{name} could not be loaded</div>;
  if (!url) return <div className={`screenshot-loading ${className ?? ''}`} aria-busy="true" />;
  const image = <img src={url} alt={alt} className={className} />;
  return onClick ? (
    <button type="button" className="image-button" onClick={onClick} title={alt}>
      {image}
    </button>
  ) : (
    image
  );
}
