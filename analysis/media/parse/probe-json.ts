/** What we keep from ffprobe's JSON: plain numbers and names, already normalised. */
export interface ProbeData {
  formatName: string;
  majorBrand?: string;
  declaredDurationSec?: number;
  /** Where the file's timeline starts (an MPEG-TS often at ~1.4 s): ffmpeg's `-ss` counts from it. */
  startSec?: number;
  fileBitrateKbps?: number;
  sizeBytes?: number;
  video?: VideoStreamInfo;
  /** The first audio stream: the one the platforms play. */
  audio?: AudioStreamInfo;
  /** Every audio stream, in file order (the first is `audio`). */
  audioStreams: AudioStreamInfo[];
  tags: Record<string, string>;
}

/** Colour description of the video stream as the file declares it (ffprobe names). */
export interface ColorInfo {
  primaries?: string;
  transfer?: string;
  matrix?: string;
  range?: string;
  bitsPerRawSample?: number;
  /** HDR side data (mastering display or content light level) is present. */
  hdrSideData: boolean;
}

export interface VideoStreamInfo {
  /** Index of the stream in the file: decoders map exactly this one, never cover art. */
  index: number;
  codec: string;
  profile?: string;
  pixelFormat?: string;
  storedWidth: number;
  storedHeight: number;
  sampleAspectRatio: number;
  rotation: number;
  realFrameRate?: number;
  averageFrameRate?: number;
  frameCount?: number;
  durationSec?: number;
  bitrateKbps?: number;
  fieldOrder?: string;
  color: ColorInfo;
}

export interface AudioStreamInfo {
  index: number;
  codec: string;
  language?: string;
  /** The file marks this track as the one to play by default. */
  isDefault: boolean;
  sampleRate?: number;
  channels?: number;
  bitrateKbps?: number;
  durationSec?: number;
}

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function num(value: unknown): number | undefined {
  const n = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN;
  return Number.isFinite(n) ? n : undefined;
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** "30000/1001" → 29.97; "0/0" and junk → undefined. */
export function parseRational(value: unknown): number | undefined {
  const text = str(value);
  if (!text) return undefined;
  const [a, b] = text.split(/[/:]/).map(Number);
  if (a === undefined || !Number.isFinite(a)) return undefined;
  if (b === undefined) return a > 0 ? a : undefined;
  if (!Number.isFinite(b) || b === 0 || a === 0) return undefined;
  return a / b;
}

function stringTags(value: unknown): Record<string, string> {
  const tags: Record<string, string> = {};
  if (!isObject(value)) return tags;
  for (const [key, tag] of Object.entries(value)) if (typeof tag === 'string') tags[key.toLowerCase()] = tag;
  return tags;
}

/** Rotation lives in the display-matrix side data (new ffprobe) or the `rotate` tag (old ffprobe). */
function rotationOf(stream: Json): number {
  const sideData = Array.isArray(stream.side_data_list) ? stream.side_data_list : [];
  for (const entry of sideData) {
    if (isObject(entry)) {
      const rotation = num(entry.rotation);
      if (rotation !== undefined) return normaliseRotation(rotation);
    }
  }
  const tag = num(stringTags(stream.tags).rotate);
  return tag === undefined ? 0 : normaliseRotation(tag);
}

function normaliseRotation(degrees: number): number {
  return ((Math.round(degrees) % 360) + 360) % 360;
}

/** Attached pictures (cover art) are video streams too; they are not the draft's video. */
function isRealVideo(stream: Json): boolean {
  const disposition = isObject(stream.disposition) ? stream.disposition : {};
  return stream.codec_type === 'video' && num(disposition.attached_pic) !== 1;
}

function colorInfo(stream: Json): ColorInfo {
  const sideData = Array.isArray(stream.side_data_list) ? stream.side_data_list.filter(isObject) : [];
  const hdrSideData = sideData.some((entry) =>
    /mastering display|content light level/i.test(str(entry.side_data_type) ?? ''),
  );
  return {
    primaries: str(stream.color_primaries),
    transfer: str(stream.color_transfer),
    matrix: str(stream.color_space),
    range: str(stream.color_range),
    bitsPerRawSample: num(stream.bits_per_raw_sample),
    hdrSideData,
  };
}

function videoInfo(stream: Json): VideoStreamInfo {
  return {
    index: num(stream.index) ?? 0,
    codec: str(stream.codec_name) ?? 'unknown',
    profile: str(stream.profile),
    pixelFormat: str(stream.pix_fmt),
    storedWidth: num(stream.width) ?? 0,
    storedHeight: num(stream.height) ?? 0,
    sampleAspectRatio: parseRational(stream.sample_aspect_ratio) ?? 1,
    rotation: rotationOf(stream),
    realFrameRate: parseRational(stream.r_frame_rate),
    averageFrameRate: parseRational(stream.avg_frame_rate),
    frameCount: num(stream.nb_frames),
    durationSec: num(stream.duration),
    bitrateKbps: kbps(stream.bit_rate),
    fieldOrder: str(stream.field_order),
    color: colorInfo(stream),
  };
}

function audioInfo(stream: Json): AudioStreamInfo {
  const disposition = isObject(stream.disposition) ? stream.disposition : {};
  return {
    index: num(stream.index) ?? 0,
    language: stringTags(stream.tags).language,
    isDefault: num(disposition.default) === 1,
    codec: str(stream.codec_name) ?? 'unknown',
    sampleRate: num(stream.sample_rate),
    channels: num(stream.channels),
    bitrateKbps: kbps(stream.bit_rate),
    durationSec: num(stream.duration),
  };
}

function kbps(value: unknown): number | undefined {
  const bps = num(value);
  return bps === undefined ? undefined : bps / 1000;
}

export function parseProbeJson(json: unknown): ProbeData {
  if (!isObject(json)) throw new Error('ffprobe output is not a JSON object');
  const format = isObject(json.format) ? json.format : {};
  const streams = (Array.isArray(json.streams) ? json.streams : []).filter(isObject);
  const video = streams.find(isRealVideo);
  const audioStreams = streams.filter((stream) => stream.codec_type === 'audio').map(audioInfo);
  const tags = stringTags(format.tags);
  return {
    formatName: str(format.format_name) ?? 'unknown',
    majorBrand: tags.major_brand?.trim(),
    declaredDurationSec: num(format.duration) ?? (video ? num(video.duration) : undefined),
    startSec: num(format.start_time),
    fileBitrateKbps: kbps(format.bit_rate),
    sizeBytes: num(format.size),
    video: video ? videoInfo(video) : undefined,
    audio: audioStreams[0],
    audioStreams,
    tags,
  };
}
