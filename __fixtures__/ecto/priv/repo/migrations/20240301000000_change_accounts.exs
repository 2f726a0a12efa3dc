defmodule Shop.Repo.Migrations.ChangeAccounts do
  use Ecto.Migration

  def change do
    create table(:invoices) do
      add :account_id, references(:accounts, on_delete: :delete_all)
      add :amount, :decimal, precision: 10, scale: 2, null: false
      timestamps()
    end

    alter table(:accounts) do
      add :nickname, :string
      add :plan, :string, null: false
      add :active, :boolean, null: false, default: true
      add :token, :uuid, default: fragment("gen_random_uuid()")
      remove :legacy_flag, :boolean, default: false
      modify :name, :string, size: 50, from: {:string, size: 100}
      modify :bio, :text, from: :string
      modify :city, :string, null: true, from: {:string, null: false}
    end

    rename table(:accounts), :mail, to: :email
    rename table(:posts), to: table(:articles)
    create index(:accounts, [:email])
    create unique_index(:accounts, [:handle], name: :accounts_handle_uniq)
    drop index(:accounts, [:legacy])
    create constraint(:accounts, :age_positive, check: "age > 0", validate: false)
    drop_if_exists table(:sessions)
    execute "CREATE EXTENSION IF NOT EXISTS citext", "DROP EXTENSION citext"
  end
end
