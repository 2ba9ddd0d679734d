// Places in a session: who holds one, who waits, and who moves up when a place frees. The
// waitlist is first come, first served: by registration time, then by id (UUIDv7, so by
// creation) for registrations made in the same millisecond, as an import makes them.

export type AttendanceStatus = 'registered' | 'waitlisted' | 'cancelled';

export interface Seat {
  id: string;
  status: AttendanceStatus;
  registeredAt: string;
  checkedInAt?: string | undefined;
  deletedAt?: string | null | undefined;
}

export interface SeatCounts {
  /** Checked in. */
  present: number;
  /** Holding a place (present or not). */
  registered: number;
  waitlisted: number;
  capacity: number;
  /** Places still free; 0 when the session is full or over capacity. */
  free: number;
  /** More people hold a place than the room has: walk-ins admitted at the door. */
  overCapacity: boolean;
}

const live = (seat: Seat) => !seat.deletedAt && seat.status !== 'cancelled';

export function seatCounts(seats: readonly Seat[], capacity: number): SeatCounts {
  let present = 0;
  let registered = 0;
  let waitlisted = 0;
  for (const seat of seats) {
    if (!live(seat)) continue;
    if (seat.status === 'registered') registered++;
    else waitlisted++;
    if (seat.status === 'registered' && seat.checkedInAt) present++;
  }
  return {
    present,
    registered,
    waitlisted,
    capacity,
    free: Math.max(0, capacity - registered),
    overCapacity: registered > capacity,
  };
}

/** A new registration takes a free place, else joins the end of the waitlist. */
export function statusForNewRegistration(
  seats: readonly Seat[],
  capacity: number,
): 'registered' | 'waitlisted' {
  return seatCounts(seats, capacity).free > 0 ? 'registered' : 'waitlisted';
}

const byArrival = (a: Seat, b: Seat) =>
  a.registeredAt.localeCompare(b.registeredAt) || a.id.localeCompare(b.id);

/** The waitlist in the order people will be offered a place. */
export function waitlistOrder<S extends Seat>(seats: readonly S[]): S[] {
  return seats.filter((s) => live(s) && s.status === 'waitlisted').sort(byArrival);
}

/** 1 for the next person to get a place; null when `id` is not waiting. */
export function waitlistPosition(seats: readonly Seat[], id: string): number | null {
  const index = waitlistOrder(seats).findIndex((s) => s.id === id);
  return index < 0 ? null : index + 1;
}

/** The waitlisted registrations that now get a place, in order, to fill the free places. */
export function promotions(seats: readonly Seat[], capacity: number): string[] {
  const { free } = seatCounts(seats, capacity);
  return waitlistOrder(seats)
    .slice(0, free)
    .map((s) => s.id);
}
