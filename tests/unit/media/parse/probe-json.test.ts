import { describe, expect, it } from 'vitest';
import { parseProbeJson, parseRational } from '../../../../analysis/media/parse/probe-json.js';

/** `ffprobe -show_format -show_streams` of a 1920×1080 H.264 + AAC MP4 flagged rotate=90 (trimmed). */
const phoneMp4 = {
  streams: [
    {
      index: 0,
      codec_name: 'h264',
      profile: 'Constrained Baseline',
      codec_type: 'video',
      width: 1920,
      height: 1080,
      sample_aspect_ratio: '1:1',
      display_aspect_ratio: '16:9',
      pix_fmt: 'yuv420p',
      field_order: 'progressive',
      r_frame_rate: '30/1',
      avg_frame_rate: '30/1',
      time_base: '1/15360',
      duration: '2.000000',
      bit_rate: '15772632',
      nb_frames: '60',
      disposition: { default: 1, attached_pic: 0 },
      tags: { language: 'und', handler_name: 'VideoHandler' },
      side_data_list: [
        {
          side_data_type: 'Display Matrix',
          displaymatrix:
            '\n00000000:            0      -65536           0\n00000001:        65536           0           0\n00000002:            0           0  1073741824\n',
          rotation: 90,
        },
      ],
    },
    {
      index: 1,
      codec_name: 'aac',
      profile: 'LC',
      codec_type: 'audio',
      sample_fmt: 'fltp',
      sample_rate: '48000',
      channels: 1,
      channel_layout: 'mono',
      r_frame_rate: '0/0',
      avg_frame_rate: '0/0',
      duration: '2.000000',
      bit_rate: '130587',
      nb_frames: '95',
      disposition: { default: 1, attached_pic: 0 },
    },
  ],
  format: {
    filename: 'rotated-phone.mp4',
    nb_streams: 2,
    format_name: 'mov,mp4,m4a,3gp,3g2,mj2',
    format_long_name: 'QuickTime / MOV',
    start_time: '0.000000',
    duration: '2.000000',
    size: '3979259',
    bit_rate: '15917036',
    probe_score: 100,
    tags: {
      major_brand: 'isom',
      minor_version: '512',
      compatible_brands: 'isomiso2avc1mp41',
      encoder: 'Lavf58.24.100',
    },
  },
};

/** A VP9 + Opus WebM: Matroska streams carry no duration or bit_rate, only upper-case tags. */
const webm = {
  streams: [
    {
      index: 0,
      codec_name: 'vp9',
      profile: 'Profile 0',
      codec_type: 'video',
      width: 360,
      height: 640,
      sample_aspect_ratio: '1:1',
      pix_fmt: 'yuv420p',
      r_frame_rate: '30/1',
      avg_frame_rate: '30/1',
      start_time: '0.007000',
      tags: { ENCODER: 'Lavc58.42.100 libvpx-vp9', DURATION: '00:00:02.007000000' },
    },
    {
      index: 1,
      codec_name: 'opus',
      codec_type: 'audio',
      sample_rate: '48000',
      channels: 1,
      r_frame_rate: '0/0',
      avg_frame_rate: '0/0',
      tags: { ENCODER: 'Lavc58.42.100 libopus' },
    },
  ],
  format: {
    format_name: 'matroska,webm',
    duration: '2.008000',
    size: '146444',
    bit_rate: '583442',
    tags: { ENCODER: 'Lavf58.24.100' },
  },
};

/** An M4A with cover art: the JPEG is a video stream flagged attached_pic. */
const m4aWithCover = {
  streams: [
    {
      index: 0,
      codec_name: 'aac',
      codec_type: 'audio',
      sample_rate: '44100',
      channels: 2,
      duration: '187.010000',
      bit_rate: '256000',
      disposition: { default: 1, attached_pic: 0 },
    },
    {
      index: 1,
      codec_name: 'mjpeg',
      codec_type: 'video',
      width: 600,
      height: 600,
      r_frame_rate: '90000/1',
      avg_frame_rate: '0/0',
      disposition: { default: 0, attached_pic: 1 },
    },
  ],
  format: {
    format_name: 'mov,mp4,m4a,3gp,3g2,mj2',
    duration: '187.010000',
    size: '6100000',
    bit_rate: '260955',
    tags: { major_brand: 'M4A ' },
  },
};

const withVideo = (video: Record<string, unknown>) =>
  parseProbeJson({
    streams: [{ codec_type: 'video', codec_name: 'h264', width: 1080, height: 1920, ...video }],
    format: {},
  });

describe('parseRational', () => {
  it.each<[unknown, number | undefined]>([
    ['30/1', 30],
    ['30000/1001', 30000 / 1001],
    ['24000/1001', 24000 / 1001],
    ['1:1', 1],
    ['4:3', 4 / 3],
    ['25', 25],
    ['0/0', undefined],
    ['0:1', undefined],
    ['1/0', undefined],
    ['0', undefined],
    ['N/A', undefined],
    ['', undefined],
    [undefined, undefined],
    [null, undefined],
    [30, undefined],
  ])('%j → %s', (value, expected) => {
    expect(parseRational(value)).toBe(expected);
  });
});

describe('parseProbeJson', () => {
  const phoneAudio = {
    index: 1,
    language: undefined,
    isDefault: true,
    codec: 'aac',
    sampleRate: 48000,
    channels: 1,
    bitrateKbps: 130.587,
    durationSec: 2,
  };

  it('normalises a phone MP4', () => {
    expect(parseProbeJson(phoneMp4)).toEqual({
      formatName: 'mov,mp4,m4a,3gp,3g2,mj2',
      majorBrand: 'isom',
      declaredDurationSec: 2,
      startSec: 0,
      fileBitrateKbps: 15917.036,
      sizeBytes: 3979259,
      video: {
        index: 0,
        codec: 'h264',
        profile: 'Constrained Baseline',
        pixelFormat: 'yuv420p',
        storedWidth: 1920,
        storedHeight: 1080,
        sampleAspectRatio: 1,
        rotation: 90,
        realFrameRate: 30,
        averageFrameRate: 30,
        frameCount: 60,
        durationSec: 2,
        bitrateKbps: 15772.632,
        fieldOrder: 'progressive',
        color: {
          primaries: undefined,
          transfer: undefined,
          matrix: undefined,
          range: undefined,
          bitsPerRawSample: undefined,
          hdrSideData: false,
        },
      },
      audio: phoneAudio,
      audioStreams: [phoneAudio],
      tags: {
        major_brand: 'isom',
        minor_version: '512',
        compatible_brands: 'isomiso2avc1mp41',
        encoder: 'Lavf58.24.100',
      },
    });
  });

  it('reads a WebM whose streams lack duration and bitrate, lower-casing tag names', () => {
    const data = parseProbeJson(webm);
    expect(data).toMatchObject({
      formatName: 'matroska,webm',
      declaredDurationSec: 2.008,
      fileBitrateKbps: 583.442,
      sizeBytes: 146444,
      tags: { encoder: 'Lavf58.24.100' },
    });
    expect(data.majorBrand).toBeUndefined();
    expect(data.video).toMatchObject({
      codec: 'vp9',
      storedWidth: 360,
      storedHeight: 640,
      rotation: 0,
      averageFrameRate: 30,
    });
    expect(data.video?.durationSec).toBeUndefined();
    expect(data.video?.bitrateKbps).toBeUndefined();
    expect(data.audio).toMatchObject({
      codec: 'opus',
      sampleRate: 48000,
      channels: 1,
      bitrateKbps: undefined,
      durationSec: undefined,
    });
  });

  it.each<[string, Record<string, unknown>, number]>([
    [
      'display matrix −90° (new ffprobe, phone portrait)',
      { side_data_list: [{ side_data_type: 'Display Matrix', rotation: -90 }] },
      270,
    ],
    ['display matrix 180°', { side_data_list: [{ side_data_type: 'Display Matrix', rotation: 180 }] }, 180],
    ['display matrix −270°', { side_data_list: [{ side_data_type: 'Display Matrix', rotation: -270 }] }, 90],
    ['rotate tag (old ffprobe)', { tags: { rotate: '90' } }, 90],
    ['negative rotate tag', { tags: { rotate: '-90' } }, 270],
    [
      'side data without rotation falls back to the tag',
      { side_data_list: [{ side_data_type: 'CPB properties' }], tags: { rotate: '270' } },
      270,
    ],
    ['display matrix wins over the tag', { side_data_list: [{ rotation: -90 }], tags: { rotate: '90' } }, 270],
    ['no rotation anywhere', { tags: { language: 'und' } }, 0],
  ])('rotation: %s → %s°', (_name, fields, rotation) => {
    expect(withVideo(fields).video?.rotation).toBe(rotation);
  });

  it('skips cover art: an M4A with an attached picture is audio-only', () => {
    const data = parseProbeJson(m4aWithCover);
    expect(data.video).toBeUndefined();
    expect(data).toMatchObject({
      majorBrand: 'M4A',
      declaredDurationSec: 187.01,
      audio: { codec: 'aac', sampleRate: 44100, channels: 2, bitrateKbps: 256 },
    });
  });

  it('takes the real video stream after a cover picture', () => {
    const cover = { ...m4aWithCover.streams[1], index: 0 };
    const data = parseProbeJson({
      ...m4aWithCover,
      streams: [cover, { ...phoneMp4.streams[0], index: 1 }, { ...phoneMp4.streams[1], index: 2 }],
    });
    expect(data.video?.codec).toBe('h264');
    // The decoders map this exact stream, never "the first video stream" (the cover).
    expect(data.video?.index).toBe(1);
  });

  it('reads an audio-only file', () => {
    const data = parseProbeJson({
      streams: [
        {
          index: 0,
          codec_name: 'aac',
          codec_type: 'audio',
          sample_rate: '48000',
          channels: 1,
          duration: '3.000000',
          bit_rate: '130276',
        },
      ],
      format: {
        format_name: 'mov,mp4,m4a,3gp,3g2,mj2',
        duration: '3.000000',
        size: '50576',
        bit_rate: '134869',
        tags: { major_brand: 'isom' },
      },
    });
    expect(data.video).toBeUndefined();
    expect(data).toMatchObject({
      declaredDurationSec: 3,
      audio: { codec: 'aac', sampleRate: 48000, channels: 1, bitrateKbps: 130.276, durationSec: 3 },
    });
  });

  it('falls back to the video duration when the format has none, and treats "0:1" SAR and "N/A" as unknown', () => {
    const data = parseProbeJson({
      streams: [
        { codec_type: 'video', width: 720, height: 1280, duration: '9.5', sample_aspect_ratio: '0:1', bit_rate: 'N/A' },
      ],
      format: { format_name: 'mpegts' },
    });
    expect(data.declaredDurationSec).toBe(9.5);
    expect(data.video).toMatchObject({ codec: 'unknown', sampleAspectRatio: 1, bitrateKbps: undefined });
  });

  it('copes with an empty document', () => {
    expect(parseProbeJson({})).toEqual({
      formatName: 'unknown',
      majorBrand: undefined,
      declaredDurationSec: undefined,
      fileBitrateKbps: undefined,
      sizeBytes: undefined,
      video: undefined,
      audio: undefined,
      audioStreams: [],
      tags: {},
    });
  });

  it('reads HDR colour tags and lists every audio track with its language and default flag', () => {
    const data = parseProbeJson({
      streams: [
        {
          index: 0,
          codec_type: 'video',
          codec_name: 'hevc',
          width: 1080,
          height: 1920,
          pix_fmt: 'yuv420p10le',
          color_primaries: 'bt2020',
          color_transfer: 'arib-std-b67',
          color_space: 'bt2020nc',
          color_range: 'tv',
          side_data_list: [{ side_data_type: 'Mastering display metadata' }],
        },
        { index: 1, codec_type: 'audio', codec_name: 'aac', disposition: { default: 1 }, tags: { language: 'ita' } },
        { index: 2, codec_type: 'audio', codec_name: 'aac', disposition: { default: 0 }, tags: { language: 'eng' } },
      ],
      format: { format_name: 'mov,mp4,m4a,3gp,3g2,mj2', duration: '3' },
    });
    expect(data.video?.color).toEqual({
      primaries: 'bt2020',
      transfer: 'arib-std-b67',
      matrix: 'bt2020nc',
      range: 'tv',
      bitsPerRawSample: undefined,
      hdrSideData: true,
    });
    expect(data.audioStreams.map((a) => [a.index, a.language, a.isDefault])).toEqual([
      [1, 'ita', true],
      [2, 'eng', false],
    ]);
    expect(data.audio?.index).toBe(1);
  });

  it.each([null, [], 'not json', 42])('rejects %j', (json) => {
    expect(() => parseProbeJson(json)).toThrow('ffprobe output is not a JSON object');
  });
});
