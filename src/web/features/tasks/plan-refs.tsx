// The plan areas and solution groups a task can serve, as <option>s valued "area:ID" / "group:ID".
import { useI18n } from '../../app/i18n.js';

export interface PlanRefs {
  areas: { id: number; name: string }[];
  groups: { id: number; name: string }[];
}

export function PlanRefOptions({ refs }: { refs: PlanRefs }) {
  const { t } = useI18n();
  return (
    <>
      {refs.areas.length > 0 && (
        <optgroup label={t('task.areas')}>
          {refs.areas.map((area) => (
            <option key={area.id} value={`area:${area.id}`}>
              {area.name}
            </option>
          ))}
        </optgroup>
      )}
      {refs.groups.length > 0 && (
        <optgroup label={t('task.solutionGroups')}>
          {refs.groups.map((group) => (
            <option key={group.id} value={`group:${group.id}`}>
              {group.name}
            </option>
          ))}
        </optgroup>
      )}
    </>
  );
}
