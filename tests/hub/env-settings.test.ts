// Settings from the environment: one reader (main/common/env-settings.ts) behind the hub's and central's groups.
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { settingsFromEnv } from '../../main/common/env-settings.js';
import { retentionFromEnv, DEFAULT_RETENTION } from '../../main/hub/core/personal-data/config.js';
import { backupConfigFromEnv } from '../../main/hub/features/backup/config.js';
import { syncConfigFromEnv } from '../../main/hub/features/sync/config.js';
import { storageConfigFromEnv } from '../../main/hub/features/storage/config.js';
import { ConfigError as HubConfigError } from '../../main/hub/core/config.js';
import { centralBackupConfigFromEnv } from '../../main/central/backup.js';
import { ConfigError as CentralConfigError } from '../../main/central/config.js';

class Refused extends Error {}

const schema = z.object({
  DAWR_A: z.coerce.number().int().min(1).default(5),
  DAWR_B: z.string().min(1).optional(),
});

describe('settingsFromEnv', () => {
  it('treats unset and empty variables as absent, so their defaults apply', () => {
    expect(settingsFromEnv(schema, { DAWR_A: '', DAWR_B: undefined }, () => new Refused())).toEqual({
      DAWR_A: 5,
    });
    expect(settingsFromEnv(schema, { DAWR_A: '7', DAWR_B: 'x', PATH: '/bin' }, () => new Refused())).toEqual({
      DAWR_A: 7,
      DAWR_B: 'x',
    });
  });

  it("throws the caller's error, built from every problem", () => {
    const read = () =>
      settingsFromEnv(
        schema,
        { DAWR_A: '0', DAWR_B: 'x' },
        (error) => new Refused(error.issues[0]!.path.join('.')),
      );
    expect(read).toThrow(Refused);
    expect(read).toThrow('DAWR_A');
  });
});

describe("each group of the hub's settings is refused as a ConfigError naming the group, central's as its own", () => {
  it('retention', () => {
    expect(retentionFromEnv({ DAWR_LOG_RETENTION_DAYS: '' })).toEqual(DEFAULT_RETENTION);
    const bad = () => retentionFromEnv({ DAWR_LOG_RETENTION_DAYS: '0' });
    expect(bad).toThrow(HubConfigError);
    expect(bad).toThrow(/^invalid retention configuration: DAWR_LOG_RETENTION_DAYS: /);
  });

  it('backup', () => {
    expect(backupConfigFromEnv({ DAWR_BACKUP_DIR: '', DAWR_BACKUP_ENCRYPT: '1' })).toEqual({
      dir: undefined,
      everyMinutes: 15,
      nightlyAt: '02:00',
      keepFrequent: 96,
      keepNightly: 30,
      encrypt: true,
    });
    const bad = () => backupConfigFromEnv({ DAWR_BACKUP_NIGHTLY_AT: '25:00' });
    expect(bad).toThrow(HubConfigError);
    expect(bad).toThrow('invalid backup configuration: DAWR_BACKUP_NIGHTLY_AT: a time of day as HH:MM');
  });

  it('sync', () => {
    expect(syncConfigFromEnv({ DAWR_CENTRAL_URL: '', DAWR_SYNC_BATCH: '' })).toMatchObject({
      central: undefined,
      batchSize: 500,
    });
    const bad = () => syncConfigFromEnv({ DAWR_SYNC_IN_FLIGHT: '17' });
    expect(bad).toThrow(HubConfigError);
    expect(bad).toThrow(/^invalid sync configuration: DAWR_SYNC_IN_FLIGHT: /);
  });

  it('disk monitoring', () => {
    expect(storageConfigFromEnv({ DAWR_DISK_CHECK_SECONDS: '' }).checkIntervalMs).toBe(10_000);
    const bad = () => storageConfigFromEnv({ DAWR_DISK_LOW_BYTES: '-1', DAWR_DISK_CHECK_SECONDS: '0' });
    expect(bad).toThrow(HubConfigError);
    expect(bad).toThrow(
      /^invalid disk monitoring configuration: DAWR_DISK_LOW_BYTES: .+; DAWR_DISK_CHECK_SECONDS: .+$/,
    );
  });

  it("central's backups", () => {
    expect(centralBackupConfigFromEnv({ DAWR_CENTRAL_BACKUP_DIR: '' })).toBeUndefined();
    expect(
      centralBackupConfigFromEnv({ DAWR_CENTRAL_BACKUP_DIR: '/b', DAWR_CENTRAL_BACKUP_KEEP: '' }),
    ).toEqual({
      dir: '/b',
      everyMinutes: 60,
      keep: 48,
      encrypt: false,
    });
    const bad = () =>
      centralBackupConfigFromEnv({ DAWR_CENTRAL_BACKUP_KEEP: '0', DAWR_CENTRAL_BACKUP_ENCRYPT: 'yes' });
    expect(bad).toThrow(CentralConfigError);
    expect(bad).toThrow(
      /^DAWR_CENTRAL_BACKUP_KEEP: .+\nDAWR_CENTRAL_BACKUP_ENCRYPT: DAWR_CENTRAL_BACKUP_ENCRYPT is 0 or 1$/,
    );
  });
});
