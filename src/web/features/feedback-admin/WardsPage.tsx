// /phan-anh/quan-tri/phuong-xa: the point that stands for each ward or commune. The seeded centres
// are approximate (good enough to find the nearest ward, not survey points); the coordinator
// corrects one, or imports outlines through the API, and then the outline decides.
import { useState } from 'react';
import { formatNumber } from '../../app/format.js';
import { useI18n } from '../../app/i18n.js';
import { usePageTitle } from '../../app/page-title.js';
import { feedbackConfigureRoles } from '../../app/paths.js';
import { useResource } from '../../app/use-resource.js';
import { DataTable } from '../../components/DataTable.js';
import { ResourceView, SuccessNotice } from '../../components/Feedback.js';
import { Field } from '../../components/Field.js';
import { useSession } from '../auth/session.js';
import { fetchFeedbackConfig } from '../feedback/api.js';
import { StepDialog } from '../feedback/StepDialog.js';
import { type WardLocation, setWardCentre } from './api.js';
import { AdminHeader } from './AdminTabs.js';
import { actionsColumn } from './columns.js';

export function WardsPage() {
  const { t, language } = useI18n();
  usePageTitle(t('fbAdmin.wards.title'));
  const { user } = useSession();
  const editable = Boolean(user && feedbackConfigureRoles.includes(user.role));
  const config = useResource(fetchFeedbackConfig);
  const [editing, setEditing] = useState<WardLocation>();
  const [notice, setNotice] = useState<string>();
  const coordinate = (value: number) => formatNumber(value, language, 5);

  return (
    <>
      <AdminHeader title={t('fbAdmin.wards.title')} intro={t('fbAdmin.wards.intro')} />
      <SuccessNotice message={notice} />
      <ResourceView resource={config}>
        {(data) => (
          <DataTable
            caption={t('fbAdmin.wards.title')}
            rows={data.wards}
            rowKey={(ward) => ward.unit.id}
            columns={[
              { key: 'name', header: t('fbAdmin.wards.ward'), render: (ward) => ward.unit.name },
              { key: 'lat', header: t('fbAdmin.wards.lat'), className: 'col-number', render: (ward) => coordinate(ward.lat) },
              { key: 'lng', header: t('fbAdmin.wards.lng'), className: 'col-number', render: (ward) => coordinate(ward.lng) },
              { key: 'approximate', header: t('fbAdmin.wards.precision'), render: (ward) => (ward.approximate ? t('fbAdmin.wards.approximate') : t('fbAdmin.wards.checked')) },
              { key: 'boundary', header: t('fbAdmin.wards.boundary'), render: (ward) => (ward.boundary ? t('fbAdmin.yes') : t('fbAdmin.no')) },
              { key: 'source', header: t('fbAdmin.wards.source'), render: (ward) => ward.source ?? '' },
              ...(editable
                ? [
                    actionsColumn<WardLocation>(t('fbAdmin.actions'), (ward) => (
                        <button type="button" className="button button-small" aria-label={t('fbAdmin.editLabel', { name: ward.unit.name })} onClick={() => setEditing(ward)}>
                          {t('fbAdmin.edit')}
                        </button>
                      )),
                  ]
                : []),
            ]}
          />
        )}
      </ResourceView>
      {editing && (
        <CentreDialog
          ward={editing}
          onClose={() => setEditing(undefined)}
          onSaved={() => {
            setEditing(undefined);
            setNotice(t('fbAdmin.wards.saved', { name: editing.unit.name }));
            config.reload();
          }}
        />
      )}
    </>
  );
}

function CentreDialog({ ward, onClose, onSaved }: { ward: WardLocation; onClose: () => void; onSaved: () => void }) {
  const { t } = useI18n();
  const [lat, setLat] = useState(String(ward.lat));
  const [lng, setLng] = useState(String(ward.lng));
  const valid = lat.trim() !== '' && lng.trim() !== '' && Math.abs(Number(lat)) <= 90 && Math.abs(Number(lng)) <= 180;
  return (
    <StepDialog
      title={t('fbAdmin.wards.editTitle')}
      subject={ward.unit.name}
      submitLabel={t('action.save')}
      canSubmit={valid}
      onClose={onClose}
      onSubmit={async () => {
        await setWardCentre(ward.unit.id, { lat: Number(lat), lng: Number(lng) });
        onSaved();
      }}
    >
      <p>{t('fbAdmin.wards.editIntro')}</p>
      <div className="work-form-row">
        <Field label={t('fbAdmin.wards.lat')}>{(control) => <input {...control} type="number" step="any" min={-90} max={90} required value={lat} onChange={(event) => setLat(event.target.value)} />}</Field>
        <Field label={t('fbAdmin.wards.lng')}>{(control) => <input {...control} type="number" step="any" min={-180} max={180} required value={lng} onChange={(event) => setLng(event.target.value)} />}</Field>
      </div>
    </StepDialog>
  );
}
