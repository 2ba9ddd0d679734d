import { useTranslation } from 'react-i18next';
import { staffRoleSchema, type StaffRole } from '../../../domain/records';
import { SearchableSelect } from '../../ui/SearchableSelect';

interface Props {
  value: StaffRole;
  onChange: (role: StaffRole) => void;
  label?: string;
  'aria-label'?: string;
}

export function RoleSelect({ value, onChange, ...labels }: Props) {
  const { t } = useTranslation('accounts');
  return (
    <SearchableSelect
      {...labels}
      data={staffRoleSchema.options.map((role) => ({ value: role, label: t(`roles.${role}`) }))}
      value={value}
      onChange={(next) => next && onChange(next as StaffRole)}
      allowDeselect={false}
    />
  );
}
