<?php

use Illuminate\Database\Migrations\Migration;
use Illuminate\Database\Schema\Blueprint;
use Illuminate\Support\Facades\Schema;

return new class extends Migration
{
    public function up(): void
    {
        Schema::create('invoices', function (Blueprint $table) {
            $table->id();
            $table->foreignId('user_id')->constrained();
            $table->decimal('amount', 10, 2);
            $table->timestamps();
        });

        Schema::table('users', function (Blueprint $table) {
            $table->string('nickname')->nullable();
            $table->boolean('active')->default(true);
            $table->integer('age');
            $table->uuid('token')->default(DB::raw('gen_random_uuid()'));
            $table->dropColumn('legacy_flag');
            $table->dropColumn(['fax', 'pager']);
            $table->renameColumn('mail', 'email');
            $table->index('email');
            $table->unique(['email'], 'users_email_unique');
            $table->dropIndex('users_name_index');
            $table->dropForeign(['team_id']);
            $table->dropTimestamps();
            $table->dropSoftDeletes();
        });

        Schema::rename('posts', 'articles');
        Schema::dropIfExists('sessions');
        Schema::drop('password_resets');
    }

    public function down(): void
    {
        Schema::dropIfExists('invoices');
    }
};
