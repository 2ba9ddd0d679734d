// /seminars/:id/check-in — the door, full screen and built for speed: one search field that
// always has the focus, Enter checks in the first match, a walk-in is registered and checked
// in in one step, the last five check-ins each with an undo, and the live counter.
import { Button, Center, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { IconX } from '@tabler/icons-react';
import { useCallback, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { usePresetLabel } from '../../settings';
import { sessionWhen } from '../sessionTime';
import { useRoster } from '../useRoster';
import { useSeminar } from '../useSeminars';
import { AnnouncementLine } from './AnnouncementLine';
import { CheckInCounter } from './CheckInCounter';
import { CheckInSearch } from './CheckInSearch';
import { RecentCheckIns } from './RecentCheckIns';
import { useCheckInActions } from './useCheckInActions';
import { useCheckInData } from './useCheckInData';
import { usePendingCheckIns } from './usePendingCheckIns';
import { useTypingGoesToSearch } from './useTypingGoesToSearch';
import { WalkInPanel } from './WalkInPanel';
import './checkin.css';

export function CheckInPage() {
  const { t, i18n } = useTranslation('seminars');
  const { id = '' } = useParams();
  const label = usePresetLabel();
  const seminarRecord = useSeminar(id);
  const stored = useRoster(id);
  const { pending, start, settle, fail } = usePendingCheckIns();
  const data = useCheckInData(seminarRecord, stored, pending);
  const searchRef = useRef<HTMLInputElement>(null);
  const [walkIn, setWalkIn] = useState<string | null>(null);
  const focusSearch = useCallback(() => searchRef.current?.focus(), []);
  // After a check-in is written, the focus comes back to the search field only if nothing else
  // has it: an officer who has meanwhile moved to an undo button keeps it.
  const refocusSearch = useCallback(() => {
    const active = document.activeElement;
    if (!active || active === document.body) focusSearch();
  }, [focusSearch]);
  const pendingActions = useMemo(() => ({ start, settle, fail }), [start, settle, fail]);
  const { act, registerWalkIn, undo, announcement } = useCheckInActions(
    id,
    setWalkIn,
    pendingActions,
  );
  useTypingGoesToSearch(searchRef, walkIn === null);

  if (!data.seminar || !data.roster) {
    return (
      <Center h="100vh">
        {data.seminar === null ? (
          t('page.notFound')
        ) : (
          <Loader role="status" aria-label={t('list.loading')} />
        )}
      </Center>
    );
  }
  const { seminar, counts, candidates, recent, registeredPeople } = data;
  const closeWalkIn = () => {
    setWalkIn(null);
    requestAnimationFrame(focusSearch);
  };

  return (
    <div className="checkin-screen" data-testid="check-in-screen">
      <header className="checkin-header">
        <Stack gap={0}>
          <Text size="lg" c="dimmed">
            {t('checkIn.heading', { type: label('seminarTypes', seminar.type) })}
          </Text>
          <Title order={1} className="checkin-title">
            {seminar.title}
          </Title>
          <Text size="lg">{sessionWhen(i18n.language, seminar)}</Text>
        </Stack>
        <Group gap="md" align="flex-start" wrap="nowrap">
          <CheckInCounter counts={counts} />
          <Button
            component={Link}
            to={`/seminars/${seminar.id}`}
            variant="default"
            leftSection={<IconX size={18} aria-hidden />}
          >
            {t('checkIn.close')}
          </Button>
        </Group>
      </header>
      <main id="main" className="checkin-main">
        <Stack gap="lg" className="checkin-column">
          {walkIn === null ? (
            <CheckInSearch
              inputRef={searchRef}
              candidates={candidates}
              registered={registeredPeople}
              onAct={(option) => void act(option).then(refocusSearch)}
            />
          ) : (
            <WalkInPanel
              typed={walkIn}
              onDone={(person, destination) => {
                void registerWalkIn(person, destination).then(closeWalkIn);
              }}
              onCancel={closeWalkIn}
            />
          )}
          <AnnouncementLine announcement={announcement} />
        </Stack>
        <RecentCheckIns
          recent={recent}
          onUndo={(entry) =>
            void undo(entry.attendance.id, entry.name, entry.attendance.registrationCode).then(
              focusSearch,
            )
          }
        />
      </main>
    </div>
  );
}
