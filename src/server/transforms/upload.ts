import { randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { pipeline } from 'node:stream/promises';
import type { FastifyRequest } from 'fastify';
import { CodifyError } from '../../core/errors.ts';
import { detectFormat } from '../../transform/index.ts';
import type { InputFormat } from '../../transform/index.ts';
import type { ServerContext } from '../context.ts';
import { BadRequestError } from '../errors.ts';
import { UPLOADS_FOLDER } from './jobs.ts';

/** Form fields the run upload accepts besides the file. */
const RUN_FIELDS: readonly UploadField[] = ['format', 'frozen', 'model'];

/** A form field an upload may carry besides the file. */
export type UploadField = 'format' | 'frozen' | 'model';

export interface StoredUpload {
  /** Relative to the data directory: `uploads/<id>/input.<format>`. */
  upload: string;
  format: InputFormat;
  fileName: string;
  fields: { frozen?: boolean; model?: string };
  /** Removes the stored file (when the run could not be started). */
  discard: () => Promise<void>;
}

class PayloadTooLargeError extends CodifyError {
  constructor(limit: number) {
    super('payload-too-large', 'The uploaded file is too large.', {
      hint: `The limit is ${limit} bytes; start the server with a larger --max-upload-mb, or split the file.`,
    });
  }
}

class UnsupportedMediaTypeError extends CodifyError {
  constructor() {
    super('unsupported-media-type', 'Upload the input as multipart/form-data with a field named "file".', {
      hint: 'e.g. curl -F file=@records.jsonl http://127.0.0.1:8787/api/v1/services/NAME/runs',
    });
  }
}

/**
 * Streams the multipart field `file` to `<data>/uploads/<id>/`, size-limited by the server's upload
 * limit, and reads the optional fields `format` (json, jsonl, csv; else from the file's extension),
 * `frozen` and `model` (a sample for a build takes only `format`: pass the fields allowed). Nothing
 * is held in memory but the form fields.
 */
export async function receiveUpload(
  request: FastifyRequest,
  context: ServerContext,
  allowed: readonly UploadField[] = RUN_FIELDS,
): Promise<StoredUpload> {
  const fieldNames = new Set<string>(allowed);
  if (!request.isMultipart()) throw new UnsupportedMediaTypeError();
  const id = randomUUID();
  const folder = context.dataPath(`${UPLOADS_FOLDER}/${id}`);
  const discard = () => rm(folder, { recursive: true, force: true });
  const received = `${folder}/input.upload`;
  let fileName: string | null = null;
  const fields: Record<string, string> = {};
  try {
    await mkdir(folder, { recursive: true });
    for await (const part of request.parts()) {
      if (part.type === 'file') {
        if (part.fieldname !== 'file' || fileName !== null) {
          throw new BadRequestError(`Unexpected file field "${part.fieldname}".`, {
            hint: 'Send exactly one file, in the field "file".',
          });
        }
        fileName = part.filename || 'input';
        await pipeline(part.file, createWriteStream(received));
        if (part.file.truncated) throw new PayloadTooLargeError(context.maxUploadBytes);
      } else {
        if (!fieldNames.has(part.fieldname)) {
          throw new BadRequestError(`Unknown form field "${part.fieldname}".`, {
            hint: `Allowed fields: file, ${[...fieldNames].join(', ')}.`,
          });
        }
        fields[part.fieldname] = String(part.value);
      }
    }
    if (fileName === null) {
      throw new BadRequestError('The upload has no file.', {
        hint: 'Send the records in the form field "file".',
      });
    }
    const format = formatOf(fileName, fields['format']);
    const upload = `${UPLOADS_FOLDER}/${id}/input.${format}`;
    await rename(received, context.dataPath(upload));
    return { upload, format, fileName, fields: parseFields(fields), discard };
  } catch (error) {
    await discard();
    if (isFileTooLarge(error)) throw new PayloadTooLargeError(context.maxUploadBytes);
    throw error;
  }
}

function formatOf(fileName: string, explicit: string | undefined): InputFormat {
  try {
    return detectFormat(fileName, explicit || undefined);
  } catch {
    throw new BadRequestError(`Unknown input format "${explicit}".`, { hint: 'Use json, jsonl or csv.' });
  }
}

function parseFields(fields: Record<string, string>): StoredUpload['fields'] {
  const parsed: StoredUpload['fields'] = {};
  const frozen = fields['frozen'];
  if (frozen !== undefined) {
    if (frozen !== 'true' && frozen !== 'false') {
      throw new BadRequestError(`Field "frozen" must be true or false (got "${frozen.slice(0, 20)}").`);
    }
    parsed.frozen = frozen === 'true';
  }
  const model = fields['model'];
  if (model !== undefined && model !== '') {
    if (model.length > 200) throw new BadRequestError('Field "model" is too long.');
    parsed.model = model;
  }
  return parsed;
}

function isFileTooLarge(error: unknown): boolean {
  return (
    typeof error === 'object' &&
    error !== null &&
    ((error as { code?: unknown }).code === 'FST_REQ_FILE_TOO_LARGE' ||
      (error as { statusCode?: unknown }).statusCode === 413)
  );
}
